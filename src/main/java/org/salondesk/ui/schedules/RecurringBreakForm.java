package org.salondesk.ui.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.salondesk.schedule.ScheduleChange;

/** The recurring break's form: its hours, the weekdays it comes back on, from a date until a date. */
public final class RecurringBreakForm {

    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(this, "start", LocalTime.of(14, 0));
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(this, "end", LocalTime.of(14, 30));
    private final ObservableSet<DayOfWeek> days = FXCollections.observableSet(EnumSet.allOf(DayOfWeek.class));
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    RecurringBreakForm(LocalDate today) {
        from.set(today);
    }

    /** The break as a change; no weekday picked means every day. */
    ScheduleChange.RecurringBreakChange change(long masterId) {
        return new ScheduleChange.RecurringBreakChange(masterId, start.get(), end.get(),
                EnumSet.copyOf(days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : days), from.get(), to.get());
    }

    public ObjectProperty<LocalTime> startProperty() {
        return start;
    }

    public ObjectProperty<LocalTime> endProperty() {
        return end;
    }

    /** The weekdays the break comes back on. */
    public ObservableSet<DayOfWeek> days() {
        return days;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
