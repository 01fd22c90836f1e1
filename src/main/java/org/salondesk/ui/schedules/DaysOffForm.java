package org.salondesk.ui.schedules;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.schedule.ScheduleChange;

/** The days off panel's form: from a date until a date (both included), with a reason. */
public final class DaysOffForm {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringBinding reasonProblem = Bindings.createStringBinding(() ->
            ScheduleChange.DaysOff.REASON.problem(reason.get()), reason);

    DaysOffForm(LocalDate today) {
        from.set(today);
        to.set(today);
        // A range never starts after it ends: picking a later first day carries the last day along.
        from.addListener((obs, old, now) -> {
            if (now != null && to.get() != null && to.get().isBefore(now)) {
                to.set(now);
            }
        });
    }

    /** Whether the form can be saved: the reason fits. */
    boolean fits() {
        return reasonProblem.get().isEmpty();
    }

    /** The days off as a change; no last day means the first day only. */
    ScheduleChange.DaysOff change(long masterId) {
        return new ScheduleChange.DaysOff(masterId, from.get(), to.get() == null ? from.get() : to.get(),
                reason.get());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** A reason too long to keep, marked at once: the days off are not added until it fits. */
    public StringBinding reasonProblem() {
        return reasonProblem;
    }
}
