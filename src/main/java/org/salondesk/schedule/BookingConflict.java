package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A booking that a schedule change would leave outside its master's working time. */
public record BookingConflict(long bookingId, long number, long masterId, LocalDate date, LocalTime start,
                              LocalTime end, String clientName, String clientPhone, String services) {
}
