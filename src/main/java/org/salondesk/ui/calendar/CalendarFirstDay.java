package org.salondesk.ui.calendar;

import java.time.LocalDate;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.booking.BookingQueries;

/**
 * The calendar's first day read ahead, while the window is still being shown (start-up reads it on the thread that
 * opened the database, never on the UI thread); {@link CalendarViewModel#start(CalendarFirstDay, Runnable)} shows it
 * without another trip to the database.
 */
public final class CalendarFirstDay {

    private final LocalDate day;
    private final SnapshotReader.FirstDay read;

    private CalendarFirstDay(LocalDate day, SnapshotReader.FirstDay read) {
        this.day = day;
        this.read = read;
    }

    /** Reads the branches, the first one's masters and {@code day} in the day layout, as the calendar opens. */
    public static CalendarFirstDay read(BookingQueries queries, AvailabilityService availability, LocalDate day) {
        return new CalendarFirstDay(day, new SnapshotReader(queries, availability).firstDay(CalendarMode.DAY, day));
    }

    LocalDate day() {
        return day;
    }

    SnapshotReader.FirstDay read() {
        return read;
    }
}
