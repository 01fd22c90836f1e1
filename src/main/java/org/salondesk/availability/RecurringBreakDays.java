package org.salondesk.availability;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** Weekdays stored as a bit mask (bit 0 Monday ... bit 6 Sunday), as recurring breaks keep them. */
public final class RecurringBreakDays {

    /** Every day of the week. */
    public static final int EVERY_DAY = 127;

    private RecurringBreakDays() {
    }

    public static int mask(Set<DayOfWeek> weekdays) {
        if (weekdays == null || weekdays.isEmpty()) {
            return EVERY_DAY;
        }
        return weekdays.stream().mapToInt(day -> 1 << (day.getValue() - 1)).reduce(0, (a, b) -> a | b);
    }

    public static Set<DayOfWeek> of(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
