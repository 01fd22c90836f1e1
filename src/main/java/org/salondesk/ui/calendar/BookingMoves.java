package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoStep;

/**
 * Bookings dragged in the calendar: the move goes through the booking service, which re-checks the time; a done move
 * is a notice with its undo, a refused one (or a drag that moved nothing) a notice saying why.
 */
final class BookingMoves {

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final List<EmployeeInfo> masters;
    private final Runnable reload;

    /** {@code masters} name the masters in the notices; {@code reload} re-reads the calendar after each attempt. */
    BookingMoves(BookingService booking, BackgroundExecutor background, NoticeBoard notices,
                 List<EmployeeInfo> masters, Runnable reload) {
        this.booking = booking;
        this.background = background;
        this.notices = notices;
        this.masters = masters;
        this.reload = reload;
    }

    void move(BookingSummary moved, long masterId, LocalDate newDate, LocalTime newTime) {
        if (moved.masterId() == masterId && moved.date().equals(newDate) && moved.start().equals(newTime)) {
            return;
        }
        background.run(() -> {
            moveBooking(moved.id(), moved.masterId(), masterId, newDate, newTime);
            return null;
        }, done -> {
            reload.run();
            notices.done(Messages.get("calendar.moved", moved.number(), newDate, newTime, masterName(masterId)),
                    outcome -> moveBack(moved, masterId, newDate, newTime, outcome));
        }, failure -> {
            reload.run();
            notices.post(Notice.error(Messages.get("calendar.moveRefused", moved.number(), ErrorText.of(failure))));
        });
    }

    void dragRefused(BookingSummary dragged) {
        boolean movable = dragged.status() == BookingStatus.NEW || dragged.status() == BookingStatus.CONFIRMED;
        notices.post(Notice.error(movable ? Messages.get("calendar.dropOutside", dragged.number())
                : Messages.get("calendar.moveRefused", dragged.number(), Messages.get("error.booking.cannotMove",
                Messages.get("status." + dragged.status().name())))));
    }

    // The undo of a move: the booking returns to its master, date and start, if that time is still free.
    private void moveBack(BookingSummary moved, long masterId, LocalDate date, LocalTime time,
                          UndoStep.Outcome outcome) {
        background.run(() -> {
            moveBooking(moved.id(), masterId, moved.masterId(), moved.date(), moved.start());
            return null;
        }, done -> {
            reload.run();
            outcome.undone(Messages.get("calendar.undoneMove", moved.number(), moved.date(), moved.start(),
                    masterName(moved.masterId())));
        }, failure -> {
            reload.run();
            if (failure instanceof SalonDeskException refusal) {
                outcome.refused(Messages.get("calendar.undoMoveRefused", moved.number(), moved.date(),
                        moved.start(), refusal.getMessage(), time, masterName(masterId)));
            } else {
                outcome.failed(ErrorText.of(failure));
            }
        });
    }

    private void moveBooking(long bookingId, long fromMaster, long toMaster, LocalDate newDate,
                             LocalTime newTime) {
        if (fromMaster == toMaster) {
            booking.modifyBookingTime(bookingId, newDate, newTime);
        } else {
            booking.moveBooking(bookingId, toMaster, newDate, newTime);
        }
    }

    private String masterName(long masterId) {
        return masters.stream().filter(master -> master.id() == masterId).map(EmployeeInfo::name).findFirst()
                .orElse("");
    }
}
