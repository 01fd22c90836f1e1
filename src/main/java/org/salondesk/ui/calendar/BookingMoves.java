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

    void move(BookingSummary moved, long employeeId, LocalDate newDate, LocalTime newTime) {
        if (moved.employeeId() == employeeId && moved.date().equals(newDate) && moved.start().equals(newTime)) {
            return;
        }
        background.run(() -> {
            moveBooking(moved.id(), moved.employeeId(), employeeId, newDate, newTime);
            return null;
        }, done -> {
            reload.run();
            notices.done(Messages.get("calendar.moved", moved.number(), newDate, newTime, masterName(employeeId)),
                    outcome -> moveBack(moved, employeeId, newDate, newTime, outcome));
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
    private void moveBack(BookingSummary moved, long employeeId, LocalDate date, LocalTime time,
                          UndoStep.Outcome outcome) {
        background.run(() -> {
            moveBooking(moved.id(), employeeId, moved.employeeId(), moved.date(), moved.start());
            return null;
        }, done -> {
            reload.run();
            outcome.undone(Messages.get("calendar.undoneMove", moved.number(), moved.date(), moved.start(),
                    masterName(moved.employeeId())));
        }, failure -> {
            reload.run();
            if (failure instanceof SalonDeskException refusal) {
                outcome.refused(Messages.get("calendar.undoMoveRefused", moved.number(), moved.date(),
                        moved.start(), refusal.getMessage(), time, masterName(employeeId)));
            } else {
                outcome.failed(ErrorText.of(failure));
            }
        });
    }

    private void moveBooking(long bookingId, long fromEmployee, long toEmployee, LocalDate newDate,
                             LocalTime newTime) {
        if (fromEmployee == toEmployee) {
            booking.modifyBookingTime(bookingId, newDate, newTime);
        } else {
            booking.moveBooking(bookingId, toEmployee, newDate, newTime);
        }
    }

    private String masterName(long employeeId) {
        return masters.stream().filter(master -> master.id() == employeeId).map(EmployeeInfo::name).findFirst()
                .orElse("");
    }
}
