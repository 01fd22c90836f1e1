package org.salondesk.booking;

import java.sql.SQLException;

import org.salondesk.guard.GuardedWrite;
import org.salondesk.schedule.BookingConflict;
import org.salondesk.schedule.ConflictDecision;
import org.salondesk.schedule.ConflictResolver;

/** Carries out schedule-conflict decisions with the booking rules: keep (marked), cancel with a reason, move. */
public final class BookingConflictResolver implements ConflictResolver {

    private final BookingCommands commands;

    BookingConflictResolver(BookingCommands commands) {
        this.commands = commands;
    }

    @Override
    public void resolve(GuardedWrite write, BookingConflict conflict, ConflictDecision decision)
            throws SQLException {
        if (decision instanceof ConflictDecision.Keep) {
            commands.keepOutsideWorkingTime(write.session(), conflict.bookingId());
        } else if (decision instanceof ConflictDecision.Cancel cancel) {
            commands.cancelIn(write.session(), conflict.bookingId(), cancel.reason());
        } else if (decision instanceof ConflictDecision.Move move) {
            commands.moveIn(write, conflict.bookingId(), move.employeeId(), move.date(), move.time());
        }
    }
}
