package org.salondesk.ui.calendar;

import java.time.LocalTime;

/** The hours a day column shows, [startHour, endHour) on the clock; endHour may be 24. */
public record DayHours(int startHour, int endHour) {

    public DayHours {
        if (startHour < 0 || endHour > 24 || endHour <= startHour) {
            throw new IllegalArgumentException("Not a range of hours: " + startHour + ".." + endHour);
        }
    }

    public int hours() {
        return endHour - startHour;
    }

    public LocalTime start() {
        return LocalTime.of(startHour, 0);
    }

    /** The end as a clock time; a day that runs to midnight ends at 23:59:59.999999999. */
    public LocalTime end() {
        return endHour == 24 ? LocalTime.MAX : LocalTime.of(endHour, 0);
    }
}
