package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A break that comes back on the master's working days of {@code weekdays}, as the screens see it. */
public record RecurringBreakRow(long id, long masterId, LocalTime start, LocalTime end, Set<DayOfWeek> weekdays,
                                LocalDate validFrom, LocalDate validTo) {

    public RecurringBreakRow {
        // In weekday order, Monday first, as the screen lists them.
        EnumSet<DayOfWeek> ordered = EnumSet.noneOf(DayOfWeek.class);
        ordered.addAll(weekdays);
        weekdays = Collections.unmodifiableSet(ordered);
    }

    static RecurringBreakRow of(RecurringBreak pause) {
        return new RecurringBreakRow(pause.getId(), pause.getMasterId(), pause.getStartTime(), pause.getEndTime(),
                pause.getWeekdays(), pause.getValidFrom(), pause.getValidTo());
    }
}
