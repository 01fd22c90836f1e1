package org.salondesk.schedule;

import org.hibernate.Session;

/**
 * Carries out the admin's decision for a booking a schedule change leaves outside working time, inside the change's
 * own transaction: keep it (marked), cancel it with a reason, or move it (re-checked as any move).
 */
public interface ConflictResolver {

    void resolve(Session session, BookingConflict conflict, ConflictDecision decision);
}
