package org.salondesk.booking;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.MasterOffer;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * A new booking of an offer the guarded write has just found free: its lines priced and timed as the offer has them,
 * its footprint (decision 0033), its history. One way for a single booking, a visit's steps and a series'
 * occurrences.
 */
final class NewBookings {

    private NewBookings() {
    }

    /** The booking, not yet saved: the caller may add what is its own (a key, an origin, a link). */
    static Booking of(Session session, Database database, BookableServices services, MasterOffer offer,
                      long branchId, long clientId, LocalDate date, LocalTime time, BookingStatus status,
                      BookingSource source, Instant now, Long staffId) {
        List<BookedService> lines = new ArrayList<>();
        for (MasterOffer.Line line : offer.lines()) {
            AvailabilityLoader.ServiceRow service = services.services().stream()
                    .filter(row -> row.id() == line.serviceId()).findFirst().orElseThrow();
            lines.add(new BookedService(lines.size() + 1, line.serviceId(), service.title(), line.price(),
                    line.durationMinutes()));
        }
        Booking booking = new Booking(database.nextBookingNumber(session), branchId, offer.masterId(), clientId, date,
                time, lines, status, source, now, staffId);
        booking.setProcessing(offer.footprint().processingFrom(), offer.footprint().processingMinutes());
        return booking;
    }

    /**
     * Saves it, with what it takes of the resources and its CREATED event. Written first: the database's overlap
     * guard may refuse it, and then no history row may take an id.
     */
    static void save(GuardedWrite write, BookingHistory history, Booking booking, MasterOffer offer)
            throws SQLException {
        write.session().persist(booking);
        write.session().flush();
        BookingFootprints.writeUses(write.connection(), booking, offer.footprint());
        history.event(write.session(), booking, BookingChange.CREATED, null, booking.getStatus().name());
    }
}
