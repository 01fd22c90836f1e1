package org.salondesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what a calendar layout shows around a day, in the background: its dates' bookings and schedules, and the
 * branch's active resources (for the day's resource columns).
 */
final class SnapshotReader {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotReader.class);

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
        LocalDate from = from(layout, day);
        LocalDate to = to(layout, day);
        List<BookingSummary> bookings = queries.forCalendar(branchId, from, to);
        Map<Long, MasterSchedule> schedules = availability.schedules(branchId, null, from, to);
        Map<LocalDate, Integer> free = layout == CalendarMode.MONTH ? availability.freeMinutes(branchId,
                columns.stream().map(EmployeeInfo::id).toList(), from, to) : Map.of();
        return new CalendarSnapshot(branchId, from, to, columns, bookings, schedules, layout, free,
                queries.calendarResources(branchId));
    }

    /**
     * What the calendar shows first: the active branches, the first one's masters, and the snapshot of the day (or
     * layout) around {@code day}, all in plain JDBC, so that it does not wait for Hibernate at start-up.
     */
    FirstDay firstDay(CalendarMode layout, LocalDate day) {
        long started = System.nanoTime();
        List<CompanyInfo> branches = queries.calendarBranches();
        if (branches.isEmpty()) {
            return new FirstDay(branches, List.of(), null);
        }
        long branchId = branches.get(0).id();
        List<EmployeeInfo> masters = queries.calendarMasters(branchId);
        List<EmployeeInfo> columns = layout != CalendarMode.WEEK ? masters
                : masters.isEmpty() ? List.of() : List.of(masters.get(0));
        FirstDay first = new FirstDay(branches, masters, read(branchId, layout, day, columns));
        LOG.info("Calendar: first day read in {} ms ({} masters, {} bookings)", (System.nanoTime() - started)
                / 1_000_000, masters.size(), first.snapshot().bookings().size());
        return first;
    }

    /** The branches, the first branch's masters, and its snapshot (null when there is no branch). */
    record FirstDay(List<CompanyInfo> branches, List<EmployeeInfo> masters, CalendarSnapshot snapshot) {
    }

    /**
     * {@code shown} with the bookings of {@code days} read again (and their free minutes, in the month layout); the
     * other days and the schedules are kept. Bookings changed on those days alone, so the rest is still true.
     */
    CalendarSnapshot refresh(CalendarSnapshot shown, Set<LocalDate> days) {
        List<BookingSummary> bookings = new ArrayList<>(shown.bookings().stream()
                .filter(booking -> !days.contains(booking.date())).toList());
        Map<LocalDate, Integer> free = new HashMap<>(shown.freeMinutes());
        List<Long> columns = shown.columns().stream().map(EmployeeInfo::id).toList();
        for (LocalDate day : days) {
            bookings.addAll(queries.forCalendar(shown.branchId(), day, day));
            if (shown.mode() == CalendarMode.MONTH) {
                free.remove(day);
                free.putAll(availability.freeMinutes(shown.branchId(), columns, day, day));
            }
        }
        // The order of BookingQueries.forCalendar, so that an unchanged day gives an equal snapshot.
        bookings.sort(Comparator.comparing(BookingSummary::date).thenComparing(BookingSummary::start)
                .thenComparingLong(BookingSummary::id));
        return new CalendarSnapshot(shown.branchId(), shown.from(), shown.to(), shown.columns(), bookings,
                shown.schedules(), shown.mode(), free, shown.resources());
    }

    /** The first date {@code layout} shows around {@code day}: that day, the Monday of its week, or of the 1st's. */
    static LocalDate from(CalendarMode layout, LocalDate day) {
        return switch (layout) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The last date {@code layout} shows around {@code day}: that day, its Sunday, or six weeks on. */
    static LocalDate to(CalendarMode layout, LocalDate day) {
        LocalDate from = from(layout, day);
        return switch (layout) {
            case DAY -> day;
            case WEEK -> from.plusDays(6);
            case MONTH -> from.plusWeeks(6).minusDays(1);
        };
    }
}
