package org.salondesk.audit;

import java.time.Instant;

/**
 * One audit row as the screen shows it.
 *
 * @param staffUserId who did it; null: SalonDesk itself
 * @param who         her name (and login), or null for SalonDesk itself
 * @param changes     "field: old → new" lines, or what was signed in or exported
 */
public record AuditRow(long id, Instant when, Long staffUserId, String who, AuditKind kind, AuditAction action,
                       String recordType, Long recordId, String changes) {
}
