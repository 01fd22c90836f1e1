package org.salondesk.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which tables the audit trail records, and as what kind of change; a table not named here (the booking history, slot
 * holds, failed sign-in counts) is bookkeeping the desk keeps for itself, recorded elsewhere or not at all. Named by
 * table so that the audit needs no feature's classes (the features call the audit, not the other way round).
 */
final class EntityKinds {

    private static final Map<String, AuditKind> KINDS = Map.ofEntries(
            Map.entry("booking", AuditKind.BOOKING), Map.entry("booked_service", AuditKind.BOOKING),
            Map.entry("client", AuditKind.CLIENT),
            Map.entry("weekly_shift", AuditKind.SCHEDULE), Map.entry("dated_shift", AuditKind.SCHEDULE),
            Map.entry("day_off", AuditKind.SCHEDULE), Map.entry("employee_break", AuditKind.SCHEDULE),
            Map.entry("rotation_pattern", AuditKind.SCHEDULE), Map.entry("recurring_break", AuditKind.SCHEDULE),
            Map.entry("branch", AuditKind.CATALOGUE), Map.entry("service_category", AuditKind.CATALOGUE),
            Map.entry("job_title", AuditKind.CATALOGUE), Map.entry("salon_service", AuditKind.CATALOGUE),
            Map.entry("employee", AuditKind.CATALOGUE), Map.entry("employee_service", AuditKind.CATALOGUE),
            Map.entry("staff_user", AuditKind.STAFF_USER), Map.entry("task", AuditKind.TASK));

    /** Tables whose rows are lines of a parent record: recorded on the parent. */
    private static final Map<String, String> PARENTS = Map.of("booked_service", "booking");

    /** A branch's own fields; a change of any other of its fields is a change of its settings. */
    private static final Set<String> BRANCH_ITSELF = Set.of("name", "address", "timeZone", "active");

    private EntityKinds() {
    }

    /** The table of the record whose lines {@code table} holds, if it holds lines of one. */
    static Optional<String> parentOf(String table) {
        return Optional.ofNullable(PARENTS.get(table.toLowerCase(Locale.ROOT)));
    }

    /** The kind of a write to {@code table}; {@code changed} names the fields an update changed (null otherwise). */
    static Optional<AuditKind> kindOf(String table, Set<String> changed) {
        AuditKind kind = KINDS.get(table.toLowerCase(Locale.ROOT));
        if (kind == AuditKind.CATALOGUE && "branch".equalsIgnoreCase(table) && changed != null
                && !BRANCH_ITSELF.containsAll(changed)) {
            return Optional.of(AuditKind.SETTINGS);
        }
        return Optional.ofNullable(kind);
    }
}
