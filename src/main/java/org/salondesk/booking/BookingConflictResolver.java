package org.salondesk.booking;

import org.hibernate.Session;
import org.salondesk.persistence.Database;
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
    public void resolve(Session session, BookingConflict conflict, ConflictDecision decision) {
        if (decision instanceof ConflictDecision.Keep) {
            commands.keepOutsideWorkingTime(session, conflict.bookingId());
        } else if (decision instanceof ConflictDecision.Cancel cancel) {
            commands.cancelIn(session, conflict.bookingId(), cancel.reason());
        } else if (decision instanceof ConflictDecision.Move move) {
            Database.withConnection(session, connection -> {
                commands.moveIn(session, connection, conflict.bookingId(), move.employeeId(), move.date(),
                        move.time(), false);
                return null;
            });
        }
    }
}
