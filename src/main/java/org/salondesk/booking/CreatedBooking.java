package org.salondesk.booking;

/** A booking as create answered it: {@code created} is false when an idempotency key answered an earlier one. */
public record CreatedBooking(BookingInfo booking, boolean created) {
}
