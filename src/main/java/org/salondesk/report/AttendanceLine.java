package org.salondesk.report;

import java.math.BigDecimal;

/** Bookings of a master or a channel and how many were cancelled or not come to. */
public record AttendanceLine(String name, long bookings, long cancelled, long noShows) {

    /** The channels a booking came through: online (the booking server) or the desk (in person or by phone). */
    public static final String DESK = "DESK";
    public static final String ONLINE = "ONLINE";

    public BigDecimal cancelledPercent() {
        return Shares.percent(cancelled, bookings);
    }

    public BigDecimal noShowPercent() {
        return Shares.percent(noShows, bookings);
    }
}
