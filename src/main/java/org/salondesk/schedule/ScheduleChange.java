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

    long employeeId();

    /** Days off from {@code from} to {@code to}, both included (vacation, sick leave); one day when equal. */
    record DaysOff(long employeeId, LocalDate from, LocalDate to, String reason) implements ScheduleChange {

        /** The longest reason kept, for the screens (declared beside its column on {@link DayOff}). */
        public static final TextLimit REASON = DayOff.REASON;
    }

    /** A break on one date. */
    record OneBreak(long employeeId, LocalDate date, LocalTime start, LocalTime end) implements ScheduleChange {
    }

    /** A break on the working days of {@code weekdays} (empty: every day) from {@code from}, until {@code to}. */
    record RecurringBreakChange(long employeeId, LocalTime start, LocalTime end, Set<DayOfWeek> weekdays,
                                LocalDate from, LocalDate to) implements ScheduleChange {
    }

    /** The weekly template's hours on a weekday; null start and end: she does not work that weekday. */
    record Weekly(long employeeId, DayOfWeek day, LocalTime start, LocalTime end) implements ScheduleChange {
    }

    /** Hours on one date, replacing the template there; null start and end: the template applies again. */
    record OnDate(long employeeId, LocalDate date, LocalTime start, LocalTime end) implements ScheduleChange {
    }

    /** A rotating pattern from {@code anchor}: {@code daysOn} days at these hours, then {@code daysOff} free. */
    record Rotation(long employeeId, LocalDate anchor, int daysOn, int daysOff, LocalTime start, LocalTime end,
                    LocalDate validTo) implements ScheduleChange {
    }

    /** The master stops taking bookings (blocked); her history stays. */
    record Deactivate(long employeeId) implements ScheduleChange {
    }
}
