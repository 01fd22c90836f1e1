package org.salondesk.booking;

import java.util.Map;
import org.salondesk.availability.BookingStatus;

/**
 * What the request list shows beside its page: how many requests the filter finds, how many of each status its other
 * conditions find (every status present), and how many new requests wait in its branch (the badge).
 */
public record RequestSummary(long total, Map<BookingStatus, Long> counts, long newRequests) {

    public RequestSummary {
        counts = Map.copyOf(counts);
    }
}
