package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salondesk.availability.MasterSchedule;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CalendarResource;
import org.salondesk.booking.EmployeeInfo;

/**
 * What the calendar shows at one moment: the layout, the masters' columns for dates [from, to], their bookings, and
 * their schedules (working time, days off, breaks) as the availability service computes them. The month layout also
 * has the masters' free minutes per date that can still be booked (dates that cannot be booked have none). The
 * branch's active resources come along (read in the same piece of work), for the day's resource columns.
 */
public record CalendarSnapshot(long branchId, LocalDate from, LocalDate to, List<EmployeeInfo> columns,
                               List<BookingSummary> bookings, Map<Long, MasterSchedule> schedules,
                               CalendarMode mode, Map<LocalDate, Integer> freeMinutes,
                               List<CalendarResource> resources) {

    public CalendarSnapshot {
        columns = List.copyOf(columns);
        resources = List.copyOf(resources);
        bookings = List.copyOf(bookings);
        schedules = Map.copyOf(schedules);
        freeMinutes = Map.copyOf(freeMinutes);
    }

    public List<BookingSummary> bookingsOf(long masterId) {
        return bookings.stream().filter(booking -> booking.masterId() == masterId).toList();
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }
}
