package org.salondesk.ui.clients;

import java.util.function.Consumer;

import javafx.beans.value.ObservableObjectValue;

import org.salondesk.client.ClientCard;

/**
 * Where the clients screen sends the receptionist from a client's card: to a new task about her, or to the waiting
 * list with her phone in its form. The other screens are wired in by the application; nothing shown, nothing opens.
 */
public final class CardLinks {

    private final ObservableObjectValue<ClientCard> card;
    private Consumer<ClientCard> onNewTask = shown -> { };
    private Consumer<ClientCard> onAddToWaitingList = shown -> { };

    CardLinks(ObservableObjectValue<ClientCard> card) {
        this.card = card;
    }

    /** A new task about the client shown (the tasks screen opens with it). */
    public void newTask() {
        if (card.get() != null) {
            onNewTask.accept(card.get());
        }
    }

    /** The client shown goes on the waiting list (its screen opens with her phone in the form). */
    public void addToWaitingList() {
        if (card.get() != null) {
            onAddToWaitingList.accept(card.get());
        }
    }

    public void setOnNewTask(Consumer<ClientCard> onNewTask) {
        this.onNewTask = onNewTask;
    }

    public void setOnAddToWaitingList(Consumer<ClientCard> onAddToWaitingList) {
        this.onAddToWaitingList = onAddToWaitingList;
    }
}
