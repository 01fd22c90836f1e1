package org.salondesk.ui.booking;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoStep;

/**
 * A booking moved along the status pipeline, or cancelled, in the background; each step goes to the undo history,
 * which takes it back to the status before while the booking is still where it was.
 */
final class StatusSteps {

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final LongConsumer changed;
    private final Consumer<Throwable> fail;

    /** @param changed told the booking's id after each step and each undo, done or refused */
    StatusSteps(BookingService booking, BackgroundExecutor background, NoticeBoard notices, LongConsumer changed,
                Consumer<Throwable> fail) {
        this.booking = booking;
        this.background = background;
        this.notices = notices;
        this.changed = changed;
        this.fail = fail;
    }

    void changeStatus(long bookingId, long number, BookingStatus status) {
        background.run(() -> booking.changeStatus(bookingId, status, null), before -> {
            notices.done(Messages.get("details.statusChanged", number, Messages.get("status." + status.name())),
                    outcome -> stepBack(bookingId, number, status, before, outcome));
            changed.accept(bookingId);
        }, fail);
    }

    /** {@code done} runs once it is cancelled, before the booking is read again. */
    void cancel(long branchId, long bookingId, long number, BookingStatus previous, String why, Runnable done) {
        background.run(() -> {
            booking.cancelBooking(branchId, bookingId, why);
            return null;
        }, cancelled -> {
            done.run();
            notices.done(Messages.get("details.cancelled", number),
                    outcome -> stepBack(bookingId, number, BookingStatus.CANCELLED, previous, outcome));
            changed.accept(bookingId);
        }, fail);
    }

    // The undo of a status step (a cancel too): back to the status before, while the booking is still where it was.
    private void stepBack(long bookingId, long number, BookingStatus from, BookingStatus back,
                          UndoStep.Outcome outcome) {
        background.run(() -> {
            booking.stepBack(bookingId, from, back);
            return null;
        }, done -> {
            outcome.undone(Messages.get("details.undoneStatus", number, Messages.get("status." + back.name())));
            changed.accept(bookingId);
        }, failure -> {
            if (failure instanceof SalonDeskException refusal) {
                outcome.refused(Messages.get("details.undoRefused", number, refusal.getMessage()));
            } else {
                outcome.failed(ErrorText.of(failure));
            }
            changed.accept(bookingId);
        });
    }
}
