package org.salondesk.report;

import java.math.BigDecimal;

/** A master's booked minutes (not cancelled, not a no-show) over her working minutes (shift less breaks). */
public record OccupancyLine(long masterId, String master, long bookedMinutes, long workingMinutes) {

    /** Booked over working, in percent with one decimal (over 100 when she was booked outside her hours). */
    public BigDecimal percent() {
        return Shares.percent(bookedMinutes, workingMinutes);
    }
}
