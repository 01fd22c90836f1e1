package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.SeriesDialogViewModel;
import org.salondesk.ui.booking.VisitDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;

/**
 * What the desk does on a master's column: book her free time, a walk-in, move a booking by dragging it. On a
 * master's desk another master's column is to look at only, and the notice line says so.
 */
final class ColumnActions {

    private final OwnColumns own;
    private final BookingMoves moves;
    private final BookingDialogs dialogs;
    private final NoticeBoard notices;
    private final CalendarState state;

    ColumnActions(OwnColumns own, BookingMoves moves, BookingDialogs dialogs, NoticeBoard notices,
                  CalendarState state) {
        this.own = own;
        this.moves = moves;
        this.dialogs = dialogs;
        this.notices = notices;
        this.state = state;
    }

    void move(BookingSummary moved, long masterId, LocalDate newDate, LocalTime newTime) {
        if (own.readOnly(moved.masterId()) || own.readOnly(masterId)) {
            refuseNotYours();
            return;
        }
        moves.move(moved, masterId, newDate, newTime);
    }

    void dragRefused(BookingSummary dragged) {
        if (own.readOnly(dragged.masterId())) {
            refuseNotYours();
        } else {
            moves.dragRefused(dragged);
        }
    }

    /** Null before a branch is shown, or on another master's column (refused on the notice line). */
    BookingDialogViewModel bookAt(long masterId, LocalDate day, LocalTime time) {
        CompanyInfo current = state.branch().get();
        if (current != null && own.readOnly(masterId)) {
            refuseNotYours();
            return null;
        }
        return current == null ? null : dialogs.at(current.id(), masterId, day, time);
    }

    BookingDialogViewModel walkIn() {
        CompanyInfo current = state.branch().get();
        return current == null ? null : dialogs.walkIn(current.id());
    }

    /** A visit of several steps on the date shown (none on a master's own desk: it is the front desk's). */
    VisitDialogViewModel visit() {
        CompanyInfo current = state.branch().get();
        return current == null ? null : dialogs.visit(current.id(), state.date().get());
    }

    /** A repeating visit from the date shown. */
    SeriesDialogViewModel series() {
        CompanyInfo current = state.branch().get();
        return current == null ? null : dialogs.series(current.id(), state.date().get());
    }

    private void refuseNotYours() {
        notices.post(Notice.error(Messages.get("calendar.notYours")));
    }
}
