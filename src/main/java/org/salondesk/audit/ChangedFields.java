package org.salondesk.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The "field: old → new" lines of a form saved over the one stored (a settings row written with plain SQL, which the
 * entity listener does not see), in the audit's own words; fields that stayed are left out.
 */
public final class ChangedFields {

    private final StringBuilder lines = new StringBuilder();

    /** Adds a line for {@code field} when its value changed. */
    public ChangedFields field(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(field).append(": ").append(before).append(FieldChanges.ARROW).append(after);
        }
        return this;
    }

    /** The settings row {@code table} as changed, or nothing to record when every field stayed. */
    public Optional<AuditNote> settingsNote(String table) {
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new AuditNote(AuditKind.SETTINGS, AuditAction.CHANGED, table, 1L,
                        lines.toString()));
    }
}
