package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;

/**
 * What the calendar shows at one moment: the masters' columns for dates [from, to], their bookings, and their
 * schedules (working time, days off, breaks) as the availability service computes them.
 */
public record CalendarSnapshot(long branchId, LocalDate from, LocalDate to, List<EmployeeInfo> columns,
                               List<BookingSummary> bookings, Map<Long, EmployeeSchedule> schedules) {

    public CalendarSnapshot {
        columns = List.copyOf(columns);
        bookings = List.copyOf(bookings);
        schedules = Map.copyOf(schedules);
    }

    public List<BookingSummary> bookingsOf(long employeeId) {
        return bookings.stream().filter(booking -> booking.employeeId() == employeeId).toList();
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }
}
