package org.salondesk.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Tells the desk's staff (every active admin and receptionist) that time freed for a client on the waiting list: a
 * notification on each one's bell, written in the transaction that marks the entry offered, so it is told once.
 */
public final class FreedTimeNotices {

    /** {@code about} is the client and the services ("Anna Petrova: Haircut"), shown as the notification's client. */
    public void tell(Connection connection, long entryId, String about, LocalDate date, LocalTime time, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_notification"
                + " (staff_user_id, waitlist_entry_id, kind, occurred_at, words)"
                + " SELECT id, ?, ?, ?, ? FROM staff_user WHERE active = TRUE AND role IN ('ADMIN', 'RECEPTIONIST')")) {
            insert.setLong(1, entryId);
            insert.setString(2, NotificationKind.TIME_FREED.name());
            insert.setObject(3, now.atOffset(ZoneOffset.UTC));
            insert.setString(4, NotificationWords.encode(about, date, time));
            insert.executeUpdate();
        }
    }
}
