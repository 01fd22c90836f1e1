package org.salondesk.audit;

/** What was done to the record of an audit row. */
public enum AuditAction {
    CREATED, CHANGED, DELETED, MERGED, IMPORTED, SIGNED_IN, REFUSED, EXPORTED
}
