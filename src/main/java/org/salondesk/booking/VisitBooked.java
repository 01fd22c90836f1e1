package org.salondesk.booking;

import java.util.List;

/** A visit (or a series) just booked: its id and its bookings, in step (or date) order. */
public record VisitBooked(long id, List<Long> bookingIds) {

    public VisitBooked {
        bookingIds = List.copyOf(bookingIds);
    }
}
