package org.salondesk.booking;

import java.util.List;

/**
 * The entity classes of the bookings (their services, their history, slot holds). The desk hands them to the database
 * with every other feature's: persistence itself knows no feature.
 */
public final class BookingMapping {

    public static final List<Class<?>> ENTITIES = List.of(Booking.class, BookedService.class, BookingEvent.class,
            SlotHold.class);

    private BookingMapping() {
    }
}
