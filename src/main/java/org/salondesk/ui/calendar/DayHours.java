package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.booking.BookingSummary;

/** The hours a day column shows, [startHour, endHour) on the clock; endHour may be 24. */
public record DayHours(int startHour, int endHour) {

    /** The hours the day and week layouts always show; earlier or later shifts and bookings widen them. */
    public static final DayHours USUAL = new DayHours(8, 22);

    public DayHours {
        if (startHour < 0 || endHour > 24 || endHour <= startHour) {
            throw new IllegalArgumentException("Not a range of hours: " + startHour + ".." + endHour);
        }
    }

    /** {@link #USUAL}, widened to whole hours so that every shift and every booking of the snapshot is inside. */
    public static DayHours covering(CalendarSnapshot shown) {
        int start = USUAL.startHour() * 60;
        int end = USUAL.endHour() * 60;
        for (BookingSummary booking : shown.bookings()) {
            start = Math.min(start, TimeSpan.minuteOfDay(booking.start()));
            end = Math.max(end, TimeSpan.minuteOfDay(booking.start()) + booking.durationMinutes());
        }
        for (MasterSchedule schedule : shown.schedules().values()) {
            for (LocalDate day = shown.from(); !day.isAfter(shown.to()); day = day.plusDays(1)) {
                Optional<WorkingDay> working = schedule.workingDay(day);
                if (working.isPresent()) {
                    start = Math.min(start, working.get().shift().start());
                    end = Math.max(end, working.get().shift().end());
                }
            }
        }
        return new DayHours(start / 60, Math.min(24, (end + 59) / 60));
    }

    public int hours() {
        return endHour - startHour;
    }

    public LocalTime start() {
        return LocalTime.of(startHour, 0);
    }

    /** The end as a clock time; a day that runs to midnight ends at 23:59:59.999999999. */
    public LocalTime end() {
        return endHour == 24 ? LocalTime.MAX : LocalTime.of(endHour, 0);
    }
}
