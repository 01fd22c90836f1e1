package org.salondesk.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.access.CurrentStaff;
import org.salondesk.client.ClientReferences;
import org.salondesk.i18n.Messages;

/**
 * A client merge as the bookings see it: every booking of the merged record goes to the kept one, its version raised
 * (a desk holding the old one gets CONCURRENT_CHANGE) and a line in its history saying from whom to whom. The time a
 * booking holds does not change, so no master is locked.
 */
public final class MergedClientBookings implements ClientReferences {

    private final Clock clock;
    private final CurrentStaff currentStaff;

    public MergedClientBookings(Clock clock, CurrentStaff currentStaff) {
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    @Override
    public void moveClient(Session session, Merge merge) {
        List<Long> moved = session.createSelectionQuery(
                        "select b.id from Booking b where b.clientId = :merged order by b.id", Long.class)
                .setParameter("merged", merge.mergedId()).getResultList();
        if (moved.isEmpty()) {
            return;
        }
        session.createNativeMutationQuery("update booking set client_id = :kept, version = version + 1"
                        + " where client_id = :merged")
                .setParameter("kept", merge.keptId()).setParameter("merged", merge.mergedId()).executeUpdate();
        String field = Messages.get("history.clientField");
        String before = field + " = " + merge.merged();
        String after = field + " = " + merge.kept();
        Instant now = clock.instant();
        for (long bookingId : moved) {
            session.persist(new BookingEvent(bookingId, now, currentStaff.id(), BookingChange.FIELD, before,
                    after));
        }
    }
}
