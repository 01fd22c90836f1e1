package org.salondesk.staff;

/**
 * Who is working the desk right now; bookings, status changes and tasks record this staff user. Null until someone
 * is chosen (then changes are recorded as made by SalonDesk itself, e.g. online requests).
 */
public final class CurrentStaff {

    private volatile Long staffUserId;

    public Long id() {
        return staffUserId;
    }

    public void set(Long staffUserId) {
        this.staffUserId = staffUserId;
    }
}
