package org.salondesk.ui.booking;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;

import org.salondesk.i18n.Messages;

/**
 * Whether the booking dialog's Book may be pressed, and if not, why: services chosen, a free start chosen and held
 * (the booking takes the hold's place), a client (found, or new with a name) and a note that fits. The reasons come
 * in the order the receptionist fills the dialog.
 */
final class BookReadiness {

    private final ObservableBooleanValue busy;
    private final ServiceChoice services;
    private final FreeStarts starts;
    private final StartHold hold;
    private final ClientByPhone client;
    private final StringBinding noteProblem;
    private final BooleanBinding ready;
    private final StringBinding whyNot;

    BookReadiness(ObservableBooleanValue busy, ServiceChoice services, FreeStarts starts, StartHold hold,
                  ClientByPhone client, StringBinding noteProblem) {
        this.busy = busy;
        this.services = services;
        this.starts = starts;
        this.hold = hold;
        this.client = client;
        this.noteProblem = noteProblem;
        ready = Bindings.createBooleanBinding(() -> !busy.get() && !services.chosen().isEmpty()
                        && hold.isHeld(starts.slotProperty().get()) && client.bookable().get()
                        && noteProblem.get().isEmpty(),
                busy, services.chosen(), starts.slotProperty(), hold.stateProperty(), client.bookable(), noteProblem);
        whyNot = Bindings.createStringBinding(this::reason, busy, services.chosen(), starts.slotProperty(),
                hold.stateProperty(), client.stateProperty(), client.nameProperty(), noteProblem, ready);
    }

    private String reason() {
        if (busy.get() || ready.get()) {
            return "";
        }
        if (services.chosen().isEmpty()) {
            return Messages.get("dialog.why.service");
        }
        if (starts.slotProperty().get() == null) {
            return Messages.get("dialog.why.time");
        }
        if (!hold.isHeld(starts.slotProperty().get())) {
            return Messages.get("dialog.why.holding");
        }
        if (!noteProblem.get().isEmpty()) {
            return noteProblem.get();
        }
        return client.whyNot();
    }

    /** True when everything Book needs is there. */
    BooleanBinding ready() {
        return ready;
    }

    /** Why Book is disabled, or empty when it is enabled (or the dialog is busy). */
    StringBinding whyNot() {
        return whyNot;
    }
}
