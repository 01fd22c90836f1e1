package org.salondesk.audit;

/**
 * One audit row before it is written: what happened to which record, and the before → after of its fields as
 * "field: old → new" lines ({@code changes}, cut to {@link #MAX_CHANGES} characters).
 *
 * @param recordType the record's table ("booking", "client"), or what was exported; null when there is none
 * @param recordId   the record's id, or null
 */
public record AuditNote(AuditKind kind, AuditAction action, String recordType, Long recordId, String changes) {

    /** The column's length. */
    public static final int MAX_CHANGES = 4000;

    public AuditNote {
        if (changes != null && changes.length() > MAX_CHANGES) {
            changes = changes.substring(0, MAX_CHANGES - 1) + "…";
        }
    }
}
