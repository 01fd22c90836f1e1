package org.salondesk.notification;

import java.time.LocalDate;
import java.time.LocalTime;

/** A request that arrived online and is still new: who, what, with whom and when, for the desk's popup. */
public record OnlineArrival(long bookingId, long branchId, String client, String services, String master,
                            LocalDate date, LocalTime start) {
}
