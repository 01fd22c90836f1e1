package org.salondesk.booking;

import org.hibernate.Session;
import org.salondesk.availability.BookingStatus;

/**
 * Told of each step of a booking along the pipeline, inside the transaction that makes it, so that what follows from
 * the step (a call-back task after a no-show) is written together with it or not at all.
 */
@FunctionalInterface
public interface StatusListener {

    void statusChanged(Session session, Booking booking, BookingStatus before);
}
