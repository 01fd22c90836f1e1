package org.salondesk.audit;

import java.time.LocalDate;

/**
 * What the Audit screen asks for: rows from {@code from} to {@code to} (days of the desk's clock, both included; null
 * for no bound), of one staff user ({@code staffUserId}, null for anyone; {@link #DESK} for SalonDesk itself), of one
 * kind (null for all), about one record ({@code record}: an id, "booking 12", or words of its type or changes).
 */
public record AuditFilter(LocalDate from, LocalDate to, Long staffUserId, AuditKind kind, String record) {

    /** The "user" of rows SalonDesk wrote by itself (the trusted desk, the demo, failed sign-ins). */
    public static final long DESK = 0;

    /** Everything, newest first. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
