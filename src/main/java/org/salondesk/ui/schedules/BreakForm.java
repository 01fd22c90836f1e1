package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.salondesk.schedule.ScheduleChange;

/** The one-off break's form: a date and the break's hours. */
public final class BreakForm {

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(this, "start", LocalTime.of(14, 0));
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(this, "end", LocalTime.of(14, 30));

    BreakForm(LocalDate today) {
        date.set(today);
    }

    ScheduleChange.OneBreak change(long masterId) {
        return new ScheduleChange.OneBreak(masterId, date.get(), start.get(), end.get());
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalTime> startProperty() {
        return start;
    }

    public ObjectProperty<LocalTime> endProperty() {
        return end;
    }
}
