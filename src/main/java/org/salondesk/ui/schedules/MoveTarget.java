package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

/** A free place a stranded booking could move to: a master, a date and a start. */
public record MoveTarget(long masterId, String masterName, LocalDate date, LocalTime time) {

    @Override
    public String toString() {
        return masterName + ", " + date + " " + time;
    }
}
