package org.salondesk.ui.booking;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.SalonDeskException;
import org.salondesk.booking.ClientToBook;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The dialog's client, found by the phone typed: a known client (with her no-shows when the salon suggests blocking
 * her), a blocked one and why, or a new one who needs a name. A phone that is not one is marked only once the field
 * is left or Book is pressed.
 */
public final class ClientByPhone {

    private final ClientService clients;
    private final BackgroundExecutor background;
    private final long branchId;
    private final Consumer<Throwable> fail;

    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty surname = new SimpleStringProperty(this, "surname", "");
    private final ReadOnlyObjectWrapper<ClientState> state =
            new ReadOnlyObjectWrapper<>(this, "clientState", ClientState.EMPTY);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "clientText", "");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper(this, "phoneProblem", "");
    private final BooleanBinding bookable = Bindings.createBooleanBinding(() -> state.get() == ClientState.FOUND
            || state.get() == ClientState.NEW && !name.get().isBlank(), state, name);

    private ClientRow found;
    private long request;

    /** {@code typed} runs when the phone changes, before it is looked up. */
    ClientByPhone(ClientService clients, BackgroundExecutor background, long branchId, Runnable typed,
                  Consumer<Throwable> fail) {
        this.clients = clients;
        this.background = background;
        this.branchId = branchId;
        this.fail = fail;
        phone.addListener((obs, old, now) -> {
            // While typing, a phone is unfinished, not wrong.
            phoneProblem.set("");
            typed.run();
            lookUp(now);
        });
    }

    private void lookUp(String typed) {
        long current = ++request;
        found = null;
        text.set("");
        if (typed == null || typed.isBlank()) {
            state.set(ClientState.EMPTY);
            return;
        }
        String e164;
        try {
            e164 = PhoneNumbers.normalize(typed);
        } catch (SalonDeskException notYet) {
            state.set(ClientState.INCOMPLETE);
            return;
        }
        state.set(ClientState.LOOKING);
        background.run(() -> {
            Optional<ClientRow> client = clients.rowByPhone(e164);
            return new Lookup(client, client.filter(known -> !known.blocked())
                    .flatMap(known -> clients.noShowWarning(known.id(), branchId)));
        }, lookup -> {
            if (current == request) {
                show(e164, lookup);
            }
        }, fail);
    }

    private void show(String e164, Lookup lookup) {
        found = lookup.client().orElse(null);
        if (found == null) {
            state.set(ClientState.NEW);
            text.set(Messages.get("dialog.newClient", PhoneNumbers.display(e164)));
        } else if (found.blocked()) {
            state.set(ClientState.BLOCKED);
            text.set(Messages.get("dialog.clientBlocked", found.fullName(),
                    found.blockedReason() == null ? "" : found.blockedReason()));
        } else {
            state.set(ClientState.FOUND);
            text.set(lookup.noShows().map(count -> Messages.get("dialog.noShowWarning",
                    found.fullName(), count)).orElse(found.fullName()));
        }
    }

    /** The client a phone finds, and her no-shows when the salon suggests blocking her. */
    private record Lookup(Optional<ClientRow> client, Optional<Integer> noShows) {
    }

    /** The phone field was left: a phone that is not one is marked now. */
    public void phoneLeft() {
        if (!phone.get().isBlank()) {
            markPhone();
        }
    }

    /** Marks the phone when it is what keeps the client from being known (Book pressed too early). */
    void markPhone() {
        phoneProblem.set(state.get() == ClientState.EMPTY || state.get() == ClientState.INCOMPLETE
                ? PhoneNumbers.problem(phone.get()).orElse("") : "");
    }

    /** Why the client cannot be booked yet, once the rest of the dialog is filled. */
    String whyNot() {
        return switch (state.get()) {
            case EMPTY -> Messages.get("dialog.why.phone");
            case INCOMPLETE -> Messages.get("dialog.why.phoneIncomplete");
            case LOOKING -> Messages.get("dialog.why.looking");
            case BLOCKED -> Messages.get("dialog.why.blocked");
            case NEW -> name.get().isBlank() ? Messages.get("dialog.why.name") : Messages.get("dialog.why.check");
            case FOUND -> Messages.get("dialog.why.check");
        };
    }

    /** The known client to book, or empty when a new one is to be created ({@link #newClient()}). */
    Optional<ClientRow> known() {
        return state.get() == ClientState.FOUND ? Optional.of(found) : Optional.empty();
    }

    NewClient newClient() {
        return NewClient.of(name.get(), surname.get(), phone.get());
    }

    /**
     * The client to book, for the visit and series dialogs: the one found, or a new one the booking creates in its
     * own transaction (a refused booking leaves no client behind).
     */
    ClientToBook toBook() {
        return known().map(row -> ClientToBook.known(row.id())).orElseGet(() -> ClientToBook.created(newClient()));
    }

    /** True when a booking can be made for the client: one found, or a new one with a name. */
    BooleanBinding bookable() {
        return bookable;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    /** What the phone typed says about the client. */
    public ReadOnlyObjectProperty<ClientState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The client found, the blocked client and why, or "new client". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What is wrong with the phone, once the field was left or Book pressed; empty while typing or when fine. */
    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }
}
