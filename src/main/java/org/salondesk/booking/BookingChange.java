package org.salondesk.booking;

/** What happened to a booking, as its history records it. */
public enum BookingChange {
    CREATED, STATUS, MOVED, NOTE, FIELD;

    /** True when the history line's values are status names (a status step, or the status a booking began with). */
    public boolean namesStatuses() {
        return this == STATUS || this == CREATED;
    }
}
