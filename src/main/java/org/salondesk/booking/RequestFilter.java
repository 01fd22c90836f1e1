package org.salondesk.booking;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.salondesk.availability.BookingStatus;

/**
 * Which requests (bookings) a list shows: a branch (null: all), a master, statuses (empty: all), dates [from, to]
 * (null: open), and a search over the client's name, phone and the booking number.
 */
public record RequestFilter(Long branchId, Long masterId, Set<BookingStatus> statuses, LocalDate from,
                            LocalDate to, String search) {

    public RequestFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static RequestFilter all() {
        return new RequestFilter(null, null, Set.of(), null, null, null);
    }

    /** Whether the filter names at most a branch and statuses: the database's counters answer its counts. */
    public boolean countedByBranchAndStatus() {
        return masterId == null && from == null && to == null && search == null;
    }

    public RequestFilter withStatuses(Set<BookingStatus> newStatuses) {
        return new RequestFilter(branchId, masterId, newStatuses, from, to, search);
    }
}
