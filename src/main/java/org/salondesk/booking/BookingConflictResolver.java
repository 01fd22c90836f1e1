package org.salondesk.booking;

import java.sql.SQLException;

import org.salondesk.guard.GuardedWrite;
import org.salondesk.schedule.BookingConflict;
import org.salondesk.schedule.ConflictDecision;
import org.salondesk.schedule.ConflictResolver;

/** Carries out schedule-conflict decisions with the booking rules: keep (marked), cancel with a reason, move. */
public final class BookingConflictResolver implements ConflictResolver {

    private final BookingMoves moves;
    private final BookingStatusChanges statuses;

    BookingConflictResolver(BookingMoves moves, BookingStatusChanges statuses) {
        this.moves = moves;
        this.statuses = statuses;
    }

    @Override
    public void resolve(GuardedWrite write, BookingConflict conflict, ConflictDecision decision)
            throws SQLException {
        if (decision instanceof ConflictDecision.Keep) {
            moves.keepOutsideWorkingTime(write.session(), conflict.bookingId());
        } else if (decision instanceof ConflictDecision.Cancel cancel) {
            statuses.cancelIn(write.session(), conflict.bookingId(), cancel.reason());
        } else if (decision instanceof ConflictDecision.Move move) {
            moves.moveIn(write, conflict.bookingId(), move.masterId(), move.date(), move.time());
        }
    }
}
