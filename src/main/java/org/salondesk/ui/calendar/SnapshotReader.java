package org.salondesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;

/** Reads what a calendar layout shows around a day, in the background: its dates' bookings and schedules. */
final class SnapshotReader {

    private final BookingQueries queries;
    private final AvailabilityService availability;

    SnapshotReader(BookingQueries queries, AvailabilityService availability) {
        this.queries = queries;
        this.availability = availability;
    }

    /**
     * The snapshot of {@code columns} for the dates {@code layout} shows around {@code day}: that day, its week from
     * Monday, or six weeks from the Monday before the 1st (with the free minutes per date).
     */
    CalendarSnapshot read(long branchId, CalendarMode layout, LocalDate day, List<EmployeeInfo> columns) {
        LocalDate from = switch (layout) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
        LocalDate to = switch (layout) {
            case DAY -> day;
            case WEEK -> from.plusDays(6);
            case MONTH -> from.plusWeeks(6).minusDays(1);
        };
        List<BookingSummary> bookings = queries.forCalendar(branchId, from, to);
        Map<Long, EmployeeSchedule> schedules = availability.schedules(branchId, null, from, to);
        Map<LocalDate, Integer> free = layout == CalendarMode.MONTH ? availability.freeMinutes(branchId,
                columns.stream().map(EmployeeInfo::id).toList(), from, to) : Map.of();
        return new CalendarSnapshot(branchId, from, to, columns, bookings, schedules, layout, free);
    }
}
