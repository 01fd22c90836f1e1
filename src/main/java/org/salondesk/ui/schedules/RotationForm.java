package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.salondesk.schedule.ScheduleChange;

/** The rotating pattern panel's form: from a date, so many days on at these hours, so many off, until a date. */
public final class RotationForm {

    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(this, "anchor");
    private final IntegerProperty daysOn = new SimpleIntegerProperty(this, "daysOn", 2);
    private final IntegerProperty daysOff = new SimpleIntegerProperty(this, "daysOff", 2);
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(this, "start", LocalTime.of(9, 0));
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(this, "end", LocalTime.of(21, 0));
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>(this, "validTo");

    RotationForm(LocalDate today) {
        anchor.set(today);
    }

    /** The pattern as a change of the master's working time. */
    ScheduleChange.Rotation change(long masterId) {
        return new ScheduleChange.Rotation(masterId, anchor.get(), daysOn.get(), daysOff.get(), start.get(),
                end.get(), validTo.get());
    }

    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public IntegerProperty daysOnProperty() {
        return daysOn;
    }

    public IntegerProperty daysOffProperty() {
        return daysOff;
    }

    public ObjectProperty<LocalTime> startProperty() {
        return start;
    }

    public ObjectProperty<LocalTime> endProperty() {
        return end;
    }

    /** The last day of the pattern; empty: open-ended. */
    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }
}
