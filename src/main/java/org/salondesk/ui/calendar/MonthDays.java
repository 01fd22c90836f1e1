package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingSummary;

/** The month layout's days, counted from a snapshot of it. */
final class MonthDays {

    private MonthDays() {
    }

    /**
     * Every date of the snapshot (six weeks from the Monday before the 1st), each with its number of bookings and
     * the masters' free minutes where the day can still be booked.
     */
    static List<MonthDay> of(CalendarSnapshot shown, Month month, LocalDate today) {
        Map<LocalDate, Long> counts = bookingCounts(shown);
        List<MonthDay> days = new ArrayList<>();
        for (LocalDate day = shown.from(); !day.isAfter(shown.to()); day = day.plusDays(1)) {
            days.add(new MonthDay(day, day.getMonth() == month, day.equals(today), counts.getOrDefault(day, 0L),
                    shown.freeMinutes().get(day)));
        }
        return days;
    }

    /** Bookings per date, cancelled ones left out. */
    static Map<LocalDate, Long> bookingCounts(CalendarSnapshot shown) {
        return shown.bookings().stream()
                .filter(b -> b.status() != BookingStatus.CANCELLED)
                .collect(Collectors.groupingBy(BookingSummary::date, TreeMap::new, Collectors.counting()));
    }
}
