package org.salondesk.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One entry of the waiting list as the desk shows it: the client, what she wants, who added it where
 * ({@code channel}: the desk, or the API key's name), its status, the first start offered and the booking made.
 */
public record WaitlistEntry(long id, long branchId, long clientId, String clientName, String clientPhone,
                            List<Long> serviceIds, List<String> serviceTitles, Long masterId, String masterName,
                            LocalDate dateFrom, LocalDate dateTo, LocalTime timeFrom, LocalTime timeTo, String note,
                            Instant createdAt, String channel, WaitlistStatus status, LocalDate offeredDate,
                            LocalTime offeredTime, Long bookingId) {

    /** The channel of entries added at the desk; others carry the name of the API key that added them. */
    public static final String DESK = "desk";

    public WaitlistEntry {
        serviceIds = List.copyOf(serviceIds);
        serviceTitles = List.copyOf(serviceTitles);
    }

    /** The services' titles, in order, in one line. */
    public String services() {
        return String.join(", ", serviceTitles);
    }
}
