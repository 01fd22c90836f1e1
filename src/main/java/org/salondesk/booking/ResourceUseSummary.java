package org.salondesk.booking;

import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;

/**
 * A stretch of a day in which a booking takes a resource (a row of {@code resource_use}, decision 0033), with what
 * the calendar writes on it: the booking's number and status, its client, services and master.
 */
public record ResourceUseSummary(long resourceId, long bookingId, long number, LocalDate date, int startMinute,
                                 int endMinute, BookingStatus status, long masterId, String masterName,
                                 String clientName, String services) {

    /** The minutes of the day it takes the resource. */
    public TimeSpan span() {
        return new TimeSpan(startMinute, endMinute);
    }

    public LocalTime start() {
        return span().startTime();
    }

    /** The end as a clock time (a use that runs to midnight ends at 23:59:59.999999999). */
    public LocalTime end() {
        return span().endTime();
    }

    /** Whether it still takes the resource: a cancelled booking or a no-show gave its time back. */
    public boolean takes() {
        return status != BookingStatus.CANCELLED && status != BookingStatus.NO_SHOW;
    }
}
