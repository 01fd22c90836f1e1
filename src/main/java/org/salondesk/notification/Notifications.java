package org.salondesk.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/**
 * The signed-in user's notifications (her bell): the latest ones, how many she has not read, and marking them read;
 * and her presence, which tells the desks whether she would see a notification or needs a task line instead. On a
 * desk nobody signed in to there is no one to tell: the lists are empty.
 */
public final class Notifications {

    /** The bell lists at most this many, newest first. */
    public static final int LATEST = 30;

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    public Notifications(Database database, Clock clock, CurrentStaff currentStaff) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** Her latest notifications, newest first, read or not. */
    public List<Notification> latest() {
        return signedIn().map(me -> database.withConnection(connection -> latest(connection, me)))
                .orElse(List.of());
    }

    /** The signed-in user; empty on a desk nobody signed in to (the trusted desk has no one to tell). */
    private Optional<Long> signedIn() {
        Long me = currentStaff.id();
        return me == null || currentStaff.role().isEmpty() ? Optional.empty() : Optional.of(me);
    }

    /** How many of her notifications she has not read. */
    public int unreadCount() {
        Optional<Long> signedIn = signedIn();
        if (signedIn.isEmpty()) {
            return 0;
        }
        long me = signedIn.get();
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM staff_notification WHERE staff_user_id = ? AND read_at IS NULL")) {
                query.setLong(1, me);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    /** Marks all her notifications up to {@code lastSeenId} read (the ones she has seen; newer ones stay unread). */
    public void markReadUpTo(long lastSeenId) {
        Long me = currentStaff.id();
        if (me == null) {
            return;
        }
        database.inTransaction(session -> Database.withConnection(session, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_notification SET read_at = ?"
                    + " WHERE staff_user_id = ? AND read_at IS NULL AND id <= ?")) {
                update.setObject(1, now());
                update.setLong(2, me);
                update.setLong(3, lastSeenId);
                return update.executeUpdate();
            }
        }));
    }

    /**
     * Says that the signed-in user is at this desk now (at sign-in, and again every minute while she works). Plain
     * JDBC, one statement at a time: the sign-in at start must not wait for Hibernate, which is built after the
     * calendar shows.
     */
    public void here() {
        Optional<Long> signedIn = signedIn();
        if (signedIn.isEmpty()) {
            return;
        }
        long me = signedIn.get();
        database.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE staff_presence SET seen_at = ? WHERE staff_user_id = ?")) {
                update.setObject(1, now());
                update.setLong(2, me);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_presence (staff_user_id, seen_at) VALUES (?, ?)")) {
                insert.setLong(1, me);
                insert.setObject(2, now());
                insert.executeUpdate();
            } catch (SQLException e) {
                // Her other desk said so a moment ago (same key): she is present, which is all this says.
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** Says that {@code staffUserId} has left this desk (signed out, or the desk locked or closed). */
    public void away(long staffUserId) {
        database.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_presence WHERE staff_user_id = ?")) {
                delete.setLong(1, staffUserId);
                return delete.executeUpdate();
            }
        });
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static List<Notification> latest(Connection connection, long me) throws SQLException {
        String sql = "SELECT n.id, n.kind, n.booking_id, n.occurred_at, u.display_name, n.words, n.read_at,"
                + " COALESCE(b.branch_id, w.branch_id), n.waitlist_entry_id FROM staff_notification n"
                + " LEFT JOIN booking b ON b.id = n.booking_id"
                + " LEFT JOIN waitlist_entry w ON w.id = n.waitlist_entry_id"
                + " LEFT JOIN staff_user u ON u.id = n.by_staff_user"
                + " WHERE n.staff_user_id = ? ORDER BY n.id DESC";
        List<Notification> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, me);
            query.setMaxRows(LATEST);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String[] words = NotificationWords.decode(row.getString(6));
                    found.add(new Notification(row.getLong(1), NotificationKind.valueOf(row.getString(2)),
                            row.getObject(3) == null ? null : row.getLong(3),
                            row.getObject(9) == null ? null : row.getLong(9), row.getLong(8), row.getObject(4, OffsetDateTime.class).toInstant(), row.getString(5),
                            words[0], LocalDate.parse(words[1]), LocalTime.parse(words[2]),
                            row.getObject(7) != null));
                }
            }
        }
        return found;
    }
}
