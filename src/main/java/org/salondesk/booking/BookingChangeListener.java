package org.salondesk.booking;

import org.hibernate.Session;

/**
 * Told of each line a booking's history gets, inside the transaction that writes it, so that what follows from the
 * change (a master told of a booking someone else made) is written together with it or not at all.
 */
@FunctionalInterface
public interface BookingChangeListener {

    /**
     * {@code booking} as it is after the change; {@code formerMasterId} is whose it was before (the same master unless
     * it was moved to another).
     */
    void changed(Session session, Booking booking, BookingChange kind, long formerMasterId);
}
