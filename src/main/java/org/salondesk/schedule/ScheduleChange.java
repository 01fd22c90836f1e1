package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.salondesk.TextLimit;

/**
 * A change of a master's working time. Any of them may leave existing bookings outside working time; the schedule
 * service shows which before it is made, and makes it only with a decision for each.
 */
public sealed interface ScheduleChange {

    long masterId();

    /** Days off from {@code from} to {@code to}, both included (vacation, sick leave); one day when equal. */
    record DaysOff(long masterId, LocalDate from, LocalDate to, String reason) implements ScheduleChange {

        /** The longest reason kept, for the screens (declared beside its column on {@link DayOff}). */
        public static final TextLimit REASON = DayOff.REASON;
    }

    /** A break on one date. */
    record OneBreak(long masterId, LocalDate date, LocalTime start, LocalTime end) implements ScheduleChange {
    }

    /** A break on the working days of {@code weekdays} (empty: every day) from {@code from}, until {@code to}. */
    record RecurringBreakChange(long masterId, LocalTime start, LocalTime end, Set<DayOfWeek> weekdays,
                                LocalDate from, LocalDate to) implements ScheduleChange {
    }

    /** The weekly template's hours on a weekday; null start and end: she does not work that weekday. */
    record Weekly(long masterId, DayOfWeek day, LocalTime start, LocalTime end) implements ScheduleChange {
    }

    /** Hours on one date, replacing the template there; null start and end: the template applies again. */
    record OnDate(long masterId, LocalDate date, LocalTime start, LocalTime end) implements ScheduleChange {
    }

    /** A rotating pattern from {@code anchor}: {@code daysOn} days at these hours, then {@code daysOff} free. */
    record Rotation(long masterId, LocalDate anchor, int daysOn, int daysOff, LocalTime start, LocalTime end,
                    LocalDate validTo) implements ScheduleChange {
    }

    /** The master stops taking bookings (blocked); her history stays. */
    record Deactivate(long masterId) implements ScheduleChange {
    }
}
