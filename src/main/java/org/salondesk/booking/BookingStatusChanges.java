package org.salondesk.booking;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.BranchSettings;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * A booking's steps along the pipeline (confirm, arrived, completed, no-show, cancel) and their undo; every step is
 * heard by the {@link StatusListener}s inside its transaction.
 */
final class BookingStatusChanges {

    private final AvailabilityService availability;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final BookingHistory history;
    private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private final AvailabilityLoader loader = new AvailabilityLoader();

    BookingStatusChanges(AvailabilityService availability, AvailabilityGuard guard, CurrentStaff currentStaff,
                         BookingHistory history) {
        this.availability = availability;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.history = history;
    }

    void addStatusListener(StatusListener listener) {
        statusListeners.add(listener);
    }

    /** Cancels a booking with a reason inside the caller's transaction (its master locked). */
    void cancelIn(Session session, long bookingId, String reason) {
        Booking booking = BookingLocks.owned(BookingLocks.existing(session, bookingId), currentStaff);
        applyStatus(session, booking, BookingStatus.CANCELLED,
                Require.text(reason, "field.cancelReason", BookingTexts.CANCEL_REASON));
    }

    /** Cancels a booking already read under its master's lock (a step of a visit); the reason may be left out. */
    void cancelLocked(Session session, Booking booking, String reason) {
        applyStatus(session, BookingLocks.owned(booking, currentStaff), BookingStatus.CANCELLED, reason);
    }

    /**
     * Completes a booking at its checkout inside the caller's guarded transaction (its master locked here): one the
     * client came to (ARRIVED), or one served at once (CONFIRMED, which steps through ARRIVED, both in its history).
     * Answers the booking's branch.
     */
    long completeIn(GuardedWrite write, long bookingId) throws SQLException {
        Booking booking = BookingLocks.owned(BookingLocks.lockedBooking(write, bookingId), currentStaff);
        if (booking.getStatus() == BookingStatus.CONFIRMED) {
            applyStatus(write.session(), booking, BookingStatus.ARRIVED, null);
        }
        applyStatus(write.session(), booking, BookingStatus.COMPLETED, null);
        write.session().flush();
        return booking.getBranchId();
    }

    /** Cancels a booking of the branch; the record stays as CANCELLED and its time is free at once. */
    void cancel(long branchId, long bookingId, String reason) {
        Require.optionalText(reason, BookingTexts.CANCEL_REASON);
        guard.write(write -> {
            Booking booking = BookingLocks.owned(BookingLocks.lockedBooking(write, bookingId), currentStaff);
            if (booking.getBranchId() != branchId) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
            }
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                applyStatus(write.session(), booking, BookingStatus.CANCELLED, reason);
            }
            return null;
        });
    }

    /** Moves a booking along the pipeline; only the transitions of {@link BookingStatus#next()} are allowed. */
    BookingStatus changeStatus(long bookingId, BookingStatus status, String reason) {
        Require.present(status, "field.status");
        Require.optionalText(reason, BookingTexts.CANCEL_REASON);
        return guard.write(write -> {
            Booking booking = BookingLocks.owned(BookingLocks.lockedBooking(write, bookingId), currentStaff);
            BookingStatus before = booking.getStatus();
            applyStatus(write.session(), booking, status, reason);
            return before;
        });
    }

    /**
     * Takes back a status step (undo at the desk), against the pipeline's direction: only while the booking is still
     * where the step left it. A no-show or cancelled booking frees its time, so going back needs the time free again.
     */
    void stepBack(long bookingId, BookingStatus from, BookingStatus back) {
        Require.present(from, "field.status");
        Require.present(back, "field.status");
        Require.that(back.isActive(), "error.booking.reinstateStatus", new StatusName(back));
        guard.write(write -> {
            Booking booking = BookingLocks.owned(BookingLocks.lockedBooking(write, bookingId), currentStaff);
            if (booking.getStatus() != from) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.changedSince",
                        new StatusName(booking.getStatus()));
            }
            if (!from.isActive() && from != BookingStatus.COMPLETED) {
                SlotChecks.requireTimeBack(write, booking, from);
            }
            booking.reinstate(back, availability.instant(), currentStaff.id());
            // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
            write.session().flush();
            history.event(write.session(), booking, BookingChange.STATUS, from.name(), back.name());
            write.session().flush();
            return null;
        });
    }

    private void applyStatus(Session session, Booking booking, BookingStatus status, String reason) {
        if (!booking.getStatus().canChangeTo(status)) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.illegalTransition",
                    new StatusName(booking.getStatus()), new StatusName(status));
        }
        BranchSettings branch = Database.withConnection(session, connection ->
                loader.branch(connection, booking.getBranchId()).orElseThrow());
        LocalDateTime now = availability.now(branch);
        LocalDateTime start = booking.getDate().atTime(booking.getStartTime());
        if (status == BookingStatus.NO_SHOW && now.isBefore(start)) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.noShowTooEarly");
        }
        if ((status == BookingStatus.ARRIVED || status == BookingStatus.COMPLETED)
                && now.toLocalDate().isBefore(booking.getDate())) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.notToday", new StatusName(status));
        }
        BookingStatus before = booking.getStatus();
        booking.changeStatus(status, Require.optionalText(reason, BookingTexts.CANCEL_REASON), availability.instant(),
                currentStaff.id());
        history.event(session, booking, BookingChange.STATUS, before.name(), status.name());
        statusListeners.forEach(listener -> listener.statusChanged(session, booking, before));
    }
}
