package org.salondesk.booking;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.BookableServices;
import org.salondesk.guard.GuardedWrite;

/**
 * What a booking write reads once the masters' rows are locked (decision 0004): the booking itself, and the request
 * resolved again, so that nothing committed while the write waited for the lock is missed.
 */
final class BookingLocks {

    private BookingLocks() {
    }

    /** The booking, read after its master's row is locked. */
    static Booking lockedBooking(GuardedWrite write, long bookingId) throws SQLException {
        write.lockBookingMaster(bookingId, List.of());
        return existing(write.session(), bookingId);
    }

    /**
     * The request resolved again under the masters' locks, and cut to the masters locked: one may have been blocked,
     * or a service blocked or taken from her, while this transaction waited.
     */
    static BookableServices lockedOffers(GuardedWrite write, long branchId, List<Long> serviceIds, Long masterId)
            throws SQLException {
        BookableServices services = write.reading(branchId).resolve(serviceIds, masterId);
        return new BookableServices(services.branch(), services.services(),
                services.offers().stream().filter(offer -> write.holds(offer.masterId())).toList());
    }

    /**
     * Several bookings (a visit's steps, a series' dates), their masters all locked at once and each read again after
     * the locks; CONCURRENT_CHANGE when one went to a master not locked meanwhile.
     */
    static List<Booking> lockedBookings(GuardedWrite write, List<Long> bookingIds) throws SQLException {
        List<Long> masters = new ArrayList<>();
        for (long id : bookingIds) {
            masters.add(existing(write.session(), id).getMasterId());
        }
        write.lock(masters);
        List<Booking> bookings = new ArrayList<>();
        for (long id : bookingIds) {
            Booking booking = existing(write.session(), id);
            write.session().refresh(booking);
            if (!write.holds(booking.getMasterId())) {
                throw new SalonDeskException(ErrorCode.CONCURRENT_CHANGE, "error.concurrentChange");
            }
            bookings.add(booking);
        }
        return bookings;
    }

    /** Locks the branch's resources when some offer of the request takes one (decision 0033). */
    static void lockResourcesIfNeeded(GuardedWrite write, BookableServices services) throws SQLException {
        if (services.offers().stream().anyMatch(offer -> !offer.footprint().needs().isEmpty())) {
            write.lockResources(services.branch().id());
        }
    }

    /**
     * The booking, refused (before anything is written) when the signed-in role may not change it: on a master's desk,
     * another master's booking. Asked here, where the booking is read under its master's lock, so a move by another
     * desk cannot slip between the check and the change.
     */
    static Booking owned(Booking booking, CurrentStaff currentStaff) {
        currentStaff.requireFor(Act.BOOKINGS, booking.getMasterId());
        return booking;
    }

    static Booking existing(Session session, long bookingId) {
        Booking booking = session.find(Booking.class, bookingId);
        if (booking == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
        }
        return booking;
    }
}
