package org.salondesk.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.BranchSettings;
import org.salondesk.availability.Footprint;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.Occupation;
import org.salondesk.availability.TimeSpan;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;

/**
 * Where and when a booking takes place (rule 7): moves to another time or master, a cancellation taken back, and a
 * booking kept outside its master's working time on purpose.
 */
final class BookingMoves {

    /** The history line of a booking kept outside working time on purpose. */
    static final String OUTSIDE_WORKING_TIME = "outside working time";

    private final AvailabilityService availability;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final BookingHistory history;
    private final AvailabilityLoader loader = new AvailabilityLoader();

    BookingMoves(AvailabilityService availability, AvailabilityGuard guard, CurrentStaff currentStaff,
                 BookingHistory history) {
        this.availability = availability;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.history = history;
    }

    /** Rule 7: a new date and time, same master and services; the booking's own time does not count as taken. */
    void modifyTime(long bookingId, LocalDate newDate, LocalTime newTime) {
        move(bookingId, null, newDate, newTime);
    }

    /**
     * Moves a booking to another time and, when {@code masterId} differs, to another master who must provide all
     * its services. The booked length and prices stay as they were booked.
     */
    void move(long bookingId, Long masterId, LocalDate newDate, LocalTime newTime) {
        Require.present(newDate, "field.date");
        SlotChecks.requireOnGrid(newTime);
        guard.write(write -> {
            moveIn(write, bookingId, masterId, newDate, newTime);
            return null;
        });
    }

    /**
     * A move inside a guarded transaction: its own, or a schedule change's that has locked both masters already (a
     * refusal then refuses the whole change).
     */
    void moveIn(GuardedWrite write, long bookingId, Long masterId, LocalDate newDate, LocalTime newTime)
            throws SQLException {
        Require.present(newDate, "field.date");
        SlotChecks.requireOnGrid(newTime);
        Session session = write.session();
        Connection connection = write.connection();
        write.lockBookingMaster(bookingId, masterId == null ? List.of() : List.of(masterId));
        Booking booking = BookingLocks.owned(BookingLocks.existing(session, bookingId), currentStaff);
        if (booking.getStatus() != BookingStatus.NEW && booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.cannotMove",
                    new StatusName(booking.getStatus()));
        }
        long target = masterId == null ? booking.getMasterId() : masterId;
        List<Long> serviceIds = booking.getServices().stream().map(BookedService::getServiceId).toList();
        AvailabilityReading reading = write.reading(booking.getBranchId());
        BranchSettings branch;
        if (target == booking.getMasterId()) {
            branch = reading.branch();
            requireActiveMaster(connection, target);
        } else {
            branch = reading.resolve(serviceIds, target).branch();
        }
        availability.requireNotPast(newDate, branch);
        // The booking takes along what it was booked with: its processing window and its rooms and basins.
        Footprint footprint = BookingFootprints.locked(write, booking);
        FreeTime free = write.time(booking.getBranchId(), newDate, newDate, Occupation.booking(booking.getId(),
                booking.getMasterId(), booking.getDate(),
                TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()), booking.getStatus()));
        MasterOffer offer = MasterOffer.ofFootprint(target, footprint, booking.getTotalCost());
        FreeTime.Verdict verdict = free.check(offer, newDate, newTime);
        String master = verdict == FreeTime.Verdict.OUTSIDE_WORKING_TIME
                ? loader.master(connection, target).map(AvailabilityLoader.MasterRow::name).orElse("") : "";
        TimeSpan wanted = TimeSpan.starting(newTime, Math.min(booking.getDurationMinutes(),
                TimeSpan.MINUTES_PER_DAY - TimeSpan.minuteOfDay(newTime)));
        SlotChecks.requireFree(verdict, free, target, master, newDate, wanted);
        String before = history.place(connection, booking.getDate(), booking.getStartTime(), booking.getMasterId());
        long formerMasterId = booking.getMasterId();
        booking.reschedule(target, newDate, newTime, availability.instant(), currentStaff.id());
        booking.setOutsideWorkingTime(false);
        // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
        session.flush();
        BookingFootprints.moveUses(connection, booking, footprint);
        history.moved(session, booking, before, history.place(connection, newDate, newTime, target), formerMasterId);
        session.flush();
    }

    /** Keeps a booking where it is although its master no longer works then (the desk's decision). */
    void keepOutsideWorkingTime(Session session, long bookingId) {
        Booking booking = BookingLocks.owned(BookingLocks.existing(session, bookingId), currentStaff);
        booking.setOutsideWorkingTime(true);
        booking.touch(availability.instant(), currentStaff.id());
        history.event(session, booking, BookingChange.FIELD, null, OUTSIDE_WORKING_TIME);
    }

    /**
     * Takes back a cancellation (undo at the desk): the booking returns to {@code status} (NEW, CONFIRMED or ARRIVED)
     * if no other booking has taken its time meanwhile. Its time may have begun: undo is allowed right after.
     */
    void reinstate(long bookingId, BookingStatus status) {
        Require.present(status, "field.status");
        Require.that(status.isActive(), "error.booking.reinstateStatus", new StatusName(status));
        guard.write(write -> {
            Booking booking = BookingLocks.owned(BookingLocks.lockedBooking(write, bookingId), currentStaff);
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.notCancelled",
                        new StatusName(booking.getStatus()));
            }
            SlotChecks.requireTimeBack(write, booking, BookingStatus.CANCELLED);
            booking.reinstate(status, availability.instant(), currentStaff.id());
            // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
            write.session().flush();
            history.event(write.session(), booking, BookingChange.STATUS, BookingStatus.CANCELLED.name(),
                    status.name());
            write.session().flush();
            return null;
        });
    }

    private void requireActiveMaster(Connection connection, long masterId) throws SQLException {
        AvailabilityLoader.MasterRow master = loader.master(connection, masterId).orElseThrow(
                () -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", masterId));
        if (!master.active()) {
            throw new SalonDeskException(ErrorCode.MASTER_NOT_ELIGIBLE, "error.employee.inactive", master.name());
        }
    }
}
