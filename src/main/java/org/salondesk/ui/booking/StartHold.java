package org.salondesk.ui.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.salondesk.booking.BookingService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slot hold the dialog keeps on its chosen start, so that nobody else takes it while the dialog is open. Its
 * lifecycle: {@code NONE -> PLACING -> HELD(id) -> NONE}, back to none when released or when it became the booking;
 * a refused placement leaves none. The state changes on the UI thread only; the database calls run in the dialog's
 * serial background work (decision 0018).
 */
final class StartHold {

    /** Where the dialog's hold stands. */
    enum State {
        /** Nothing held: no start chosen, the placement was refused, or the hold was let go. */
        NONE,
        /** The chosen start is being held; Book waits for it. */
        PLACING,
        /** The chosen start is held (the id is known): Book may turn it into the booking. */
        HELD
    }

    /** How long the dialog holds the chosen start; saving later than this re-checks the time. */
    static final Duration HOLD_FOR = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(StartHold.class);

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final long branchId;
    private final Consumer<Throwable> refused;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "holdState", State.NONE);
    // Holds let go but still in the table. Every background step of the hold releases them first, so a hold let go
    // never blocks the next placement nor the next listing of free starts; read and emptied on pool threads too.
    private final Queue<Long> letGo = new ConcurrentLinkedQueue<>();
    private Target target;
    private Long id;
    // Counts placements: one answered after a newer one was asked for, or after the hold was let go, is stale.
    private long placement;

    /** {@code refused} hears why a start could not be held (someone took it meanwhile, say). */
    StartHold(BookingService booking, BackgroundExecutor background, long branchId, Consumer<Throwable> refused) {
        this.booking = booking;
        this.background = background;
        this.branchId = branchId;
        this.refused = refused;
    }

    /**
     * Holds {@code start} for the services on {@code day}; the start held or being placed before is let go. The same
     * start again changes nothing; none ({@code null}) lets the hold go.
     */
    void hold(List<Long> serviceIds, LocalDate day, SlotChoice start) {
        if (start == null) {
            release();
            return;
        }
        Target wanted = new Target(List.copyOf(serviceIds), day, start);
        if (wanted.equals(target) && state.get() != State.NONE) {
            return;
        }
        release();
        long current = ++placement;
        target = wanted;
        state.set(State.PLACING);
        background.run(() -> {
            releaseLetGo();
            return booking.holdSlot(branchId, wanted.serviceIds(), day, start.time(), start.masterId(), HOLD_FOR);
        }, held -> {
            if (current == placement) {
                id = held;
                state.set(State.HELD);
            } else {
                // Another start was chosen, or the dialog closed, while this one was placed: it goes at once.
                letGo(held);
            }
        }, failure -> {
            if (current == placement) {
                target = null;
                state.set(State.NONE);
                refused.accept(failure);
            }
        });
    }

    /** Lets the hold go: the one held is released, one still being placed is released as soon as it lands. */
    void release() {
        placement++;
        Long held = id;
        id = null;
        target = null;
        state.set(State.NONE);
        if (held != null) {
            letGo(held);
        }
    }

    /** The hold became the booking: it is gone without a release. */
    void booked() {
        placement++;
        id = null;
        target = null;
        state.set(State.NONE);
    }

    /**
     * Releases the holds let go, in the background step that calls it: whoever reads free starts or places a hold
     * calls it first.
     */
    void releaseLetGo() {
        for (Long held = letGo.poll(); held != null; held = letGo.poll()) {
            booking.releaseHold(held);
        }
    }

    private void letGo(long held) {
        letGo.add(held);
        background.run(() -> {
            releaseLetGo();
            return null;
        }, done -> { }, failure -> LOG.warn("Could not release a held start; it expires by itself", failure));
    }

    /** True when {@code start} is what the dialog holds now. */
    boolean isHeld(SlotChoice start) {
        return state.get() == State.HELD && start != null && target != null && start.equals(target.start());
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The hold kept now, or null. */
    Long id() {
        return id;
    }

    /** What a placement holds: the start, for these services on this day. */
    private record Target(List<Long> serviceIds, LocalDate day, SlotChoice start) {
    }
}
