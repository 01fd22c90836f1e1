package org.salondesk.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.salondesk.SalonDesk;

/** Finds free time in a test's salon whatever today is (a master may be off today, or on the next few days). */
public final class FreeStarts {

    /** How far ahead a test looks for a master's free start; a demo master works at least once a fortnight. */
    private static final int DAYS_AHEAD = 28;

    private FreeStarts() {
    }

    /** The first free start of {@code services} with {@code masterId} on {@code from} or a later day. */
    public static LocalDateTime first(SalonDesk desk, long branchId, List<Long> services, long masterId,
                                      LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
            List<LocalTime> starts = desk.booking().getSlotsForBooking(branchId, services, day, masterId, 60);
            if (!starts.isEmpty()) {
                return day.atTime(starts.get(0));
            }
        }
        throw new IllegalStateException("master " + masterId + " has no free start within " + DAYS_AHEAD
                + " days of " + from);
    }
}
