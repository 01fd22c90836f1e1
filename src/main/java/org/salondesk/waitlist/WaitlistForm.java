package org.salondesk.waitlist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a client wants: these services (in this order) with this master (null: any) on a date in [dateFrom, dateTo]
 * at a time of day within [timeFrom, timeTo] (the whole visit inside it).
 */
public record WaitlistForm(long branchId, long clientId, List<Long> serviceIds, Long masterId, LocalDate dateFrom,
                           LocalDate dateTo, LocalTime timeFrom, LocalTime timeTo, String note) {

    public WaitlistForm {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }
}
