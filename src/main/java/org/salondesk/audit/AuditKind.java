package org.salondesk.audit;

/** What an audit row is about: the kind of record changed, or a sign-in, or an export. */
public enum AuditKind {
    BOOKING, CLIENT, SCHEDULE, CATALOGUE, SETTINGS, STAFF_USER, TASK, API_KEY, CHECKOUT, SIGN_IN, SIGN_IN_FAILED, EXPORT
}
