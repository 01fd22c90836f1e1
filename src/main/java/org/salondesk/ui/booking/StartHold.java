package org.salondesk.ui.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.salondesk.booking.BookingService;

/**
 * The slot hold the dialog keeps on its chosen start, so that nobody else takes it while the dialog is open. Taken
 * and released in the dialog's serial background work, one after another.
 */
final class StartHold {

    /** How long the dialog holds the chosen start; saving later than this re-checks the time. */
    static final Duration HOLD_FOR = Duration.ofMinutes(10);

    private final BookingService booking;
    private final long branchId;
    private Long id;
    private SlotChoice held;

    StartHold(BookingService booking, long branchId) {
        this.booking = booking;
        this.branchId = branchId;
    }

    /** Holds {@code start} for the services on {@code day}; the previous hold goes first. */
    void take(List<Long> serviceIds, LocalDate day, SlotChoice start) {
        release();
        id = booking.holdSlot(branchId, serviceIds, day, start.time(), start.employeeId(), HOLD_FOR);
        held = start;
    }

    void release() {
        Long current = id;
        forget();
        if (current != null) {
            booking.releaseHold(current);
        }
    }

    /** The hold is gone without a release: it became the booking, or the booking service dropped it. */
    void forget() {
        id = null;
        held = null;
    }

    boolean holds(SlotChoice start) {
        return start.equals(held);
    }

    /** The hold kept now, or null. */
    Long id() {
        return id;
    }
}
