package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekday of a master's weekly template, as the screens see it. */
public record WeeklyShiftRow(long masterId, DayOfWeek day, LocalTime start, LocalTime end) {

    static WeeklyShiftRow of(WeeklyShift shift) {
        return new WeeklyShiftRow(shift.getMasterId(), shift.getDayOfWeek(), shift.getStartTime(),
                shift.getEndTime());
    }
}
