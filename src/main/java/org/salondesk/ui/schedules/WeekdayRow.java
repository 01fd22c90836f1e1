package org.salondesk.ui.schedules;

import java.time.DayOfWeek;
import java.time.LocalTime;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One weekday of a master's weekly template as the admin edits it: working or not, from and to. */
public final class WeekdayRow {

    private final DayOfWeek day;
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(this, "end");

    WeekdayRow(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = day;
        this.working.set(start != null);
        this.start.set(start == null ? LocalTime.of(9, 0) : start);
        this.end.set(end == null ? LocalTime.of(21, 0) : end);
    }

    public DayOfWeek day() {
        return day;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public ObjectProperty<LocalTime> startProperty() {
        return start;
    }

    public ObjectProperty<LocalTime> endProperty() {
        return end;
    }
}
