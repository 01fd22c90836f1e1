package org.salondesk.apikey;

/**
 * The booking server's settings as the admin sets them: whether the desk app runs it, the port it listens on, and how
 * many minutes a lease holds a slot while a client finishes her booking.
 */
public record OnlineBookingForm(boolean enabled, int port, int leaseMinutes) {
}
