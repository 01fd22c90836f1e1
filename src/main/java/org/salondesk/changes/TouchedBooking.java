package org.salondesk.changes;

import java.time.LocalDate;

/**
 * A booking that changed, at one place it was or is now: a moved booking is touched twice, at its old master and
 * date and at its new ones, so that both days are read again.
 */
public record TouchedBooking(long bookingId, long branchId, long masterId, LocalDate date) {
}
