package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.salondesk.schedule.ScheduleChange;

/**
 * A form of a date and hours on it: the "hours on a date" panel (hours that replace the template there) and the
 * one-off break's panel share it, each with its own first hours and the change it makes.
 */
public final class HoursOnDateForm {

    /** The change a panel makes of a master, the date and the hours. */
    @FunctionalInterface
    interface Change {
        ScheduleChange of(long masterId, LocalDate date, LocalTime start, LocalTime end);
    }

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalTime> start;
    private final ObjectProperty<LocalTime> end;
    private final Change change;

    private HoursOnDateForm(LocalDate today, LocalTime firstStart, LocalTime firstEnd, Change change) {
        date.set(today);
        this.start = new SimpleObjectProperty<>(this, "start", firstStart);
        this.end = new SimpleObjectProperty<>(this, "end", firstEnd);
        this.change = change;
    }

    /** Hours that replace the template on a date: a working day to begin with. */
    static HoursOnDateForm datedShift(LocalDate today) {
        return new HoursOnDateForm(today, LocalTime.of(10, 0), LocalTime.of(18, 0), ScheduleChange.OnDate::new);
    }

    /** A break on one date: half an hour from 14:00 to begin with. */
    static HoursOnDateForm oneBreak(LocalDate today) {
        return new HoursOnDateForm(today, LocalTime.of(14, 0), LocalTime.of(14, 30), ScheduleChange.OneBreak::new);
    }

    ScheduleChange change(long masterId) {
        return change.of(masterId, date.get(), start.get(), end.get());
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
