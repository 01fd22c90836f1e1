package org.salondesk.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.i18n.Messages;

/**
 * One thing a master is told: someone else ({@code byName}; null when it came from SalonDesk itself, an online
 * request) made, moved or cancelled her booking of {@code clientName} on {@code date} at {@code time} (where it is
 * now, in branch {@code branchId}); or time freed at {@code date} {@code time} for the waiting-list entry
 * {@code waitlistEntryId} ({@code bookingId} null then).
 */
public record Notification(long id, NotificationKind kind, Long bookingId, Long waitlistEntryId, long branchId, Instant occurredAt,
                           String byName, String clientName, LocalDate date, LocalTime time, boolean read) {

    /** What the notification says, in the reader's language. */
    public String text() {
        String by = byName == null ? Messages.get("notification.byOnline") : byName;
        return Messages.get(kind.messageKey(), by, clientName, date, time);
    }
}
