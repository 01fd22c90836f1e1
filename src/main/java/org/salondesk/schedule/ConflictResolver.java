package org.salondesk.schedule;

import java.sql.SQLException;

import org.salondesk.guard.GuardedWrite;

/**
 * Carries out the admin's decision for a booking a schedule change leaves outside working time, inside the change's
 * own guarded transaction (the masters concerned locked): keep it (marked), cancel it with a reason, or move it
 * (re-checked as any move).
 */
public interface ConflictResolver {

    void resolve(GuardedWrite write, BookingConflict conflict, ConflictDecision decision) throws SQLException;
}
