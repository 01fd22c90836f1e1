package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.salondesk.schedule.ScheduleChange;

/** The "hours on a date" panel's form: a date and the hours that replace the template there. */
public final class DatedShiftForm {

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(this, "start", LocalTime.of(10, 0));
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(this, "end", LocalTime.of(18, 0));

    DatedShiftForm(LocalDate today) {
        date.set(today);
    }

    ScheduleChange.OnDate change(long masterId) {
        return new ScheduleChange.OnDate(masterId, date.get(), start.get(), end.get());
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
