package org.salondesk.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.Session;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityService;

/** Writes a booking's history lines: what changed, when, and which staff user did it. */
final class BookingHistory {

    private final AvailabilityService availability;
    private final CurrentStaff currentStaff;
    private final AvailabilityLoader loader = new AvailabilityLoader();
    private final List<BookingChangeListener> listeners = new CopyOnWriteArrayList<>();

    BookingHistory(AvailabilityService availability, CurrentStaff currentStaff) {
        this.availability = availability;
        this.currentStaff = currentStaff;
    }

    void addListener(BookingChangeListener listener) {
        listeners.add(listener);
    }

    void event(Session session, Booking booking, BookingChange kind, String before, String after) {
        written(session, booking, kind, before, after, booking.getMasterId());
    }

    /** The line of a move; {@code formerMasterId} is whose the booking was before it. */
    void moved(Session session, Booking booking, String before, String after, long formerMasterId) {
        written(session, booking, BookingChange.MOVED, before, after, formerMasterId);
    }

    private void written(Session session, Booking booking, BookingChange kind, String before, String after,
                         long formerMasterId) {
        session.persist(new BookingEvent(booking.getId(), availability.instant(), currentStaff.id(), kind, before,
                after));
        listeners.forEach(listener -> listener.changed(session, booking, kind, formerMasterId));
    }

    /** A booking's place as the history shows it: date, time and master. */
    String place(Connection connection, LocalDate date, LocalTime time, long masterId) throws SQLException {
        String master = loader.master(connection, masterId).map(AvailabilityLoader.MasterRow::name).orElse("");
        return date + " " + time + ", " + master;
    }
}
