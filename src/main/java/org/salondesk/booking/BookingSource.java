package org.salondesk.booking;

/** Where a booking came from. */
public enum BookingSource {
    /** Made at the desk for a client standing there (walk-in) or by the admin. */
    DESK,
    /** Taken on the phone. */
    PHONE,
    /** An online request (bot, website); arrives as NEW. */
    ONLINE
}
