package org.salondesk.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.Booking;
import org.salondesk.booking.BookingChange;
import org.salondesk.booking.BookingChangeListener;
import org.salondesk.persistence.Database;
import org.salondesk.task.NoticeTasks;

/**
 * Tells a master of each booking of hers that someone else made, moved (to her, away from her, or within her day) or
 * cancelled, in the transaction of the change: a notification for her bell, and a line in her task list when she is
 * signed in at no desk. What she does herself tells nobody.
 */
public final class BookingNotifications implements BookingChangeListener {

    /** A desk that has not said it is there for this long has gone (closed, killed, or lost its connection). */
    static final Duration PRESENCE_LASTS = Duration.ofMinutes(3);

    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final NoticeTasks tasks;

    public BookingNotifications(Clock clock, CurrentStaff currentStaff, NoticeTasks tasks) {
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.tasks = tasks;
    }

    @Override
    public void changed(Session session, Booking booking, BookingChange change, long formerMasterId) {
        NotificationKind kind = kindOf(change, booking);
        if (kind == null) {
            return;
        }
        Instant now = clock.instant();
        Long by = currentStaff.id();
        record Told(List<Recipient> recipients, ClientWords client) {
        }
        Told told = Database.withConnection(session, connection -> {
            ClientWords client = client(connection, booking.getClientId());
            List<Recipient> recipients = recipients(connection, booking.getMasterId(), formerMasterId, by, now);
            for (Recipient recipient : recipients) {
                insert(connection, recipient.staffUserId(), booking, kind, now, by, client);
            }
            return new Told(recipients, client);
        });
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        told.recipients().stream().filter(Recipient::away).forEach(recipient -> tasks.add(session, kind.taskKind(),
                recipient.staffUserId(), told.client().name(), told.client().phone(), booking.getDate(),
                booking.getStartTime(), today, now, booking.getClientId(), booking.getId()));
    }

    private static NotificationKind kindOf(BookingChange change, Booking booking) {
        return switch (change) {
            case CREATED -> NotificationKind.BOOKED;
            case MOVED -> NotificationKind.MOVED;
            case STATUS -> booking.getStatus() == BookingStatus.CANCELLED ? NotificationKind.CANCELLED : null;
            default -> null;
        };
    }

    private record ClientWords(String name, String phone) {
    }

    private static ClientWords client(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, surname, phone FROM client WHERE id = ?")) {
            query.setLong(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new ClientWords("", null);
                }
                String surname = row.getString(2);
                return new ClientWords(surname == null || surname.isBlank() ? row.getString(1)
                        : row.getString(1) + " " + surname, row.getString(3));
            }
        }
    }

    /** A staff account to tell, and whether she is away from every desk. */
    private record Recipient(long staffUserId, boolean away) {
    }

    /** The active staff accounts of the masters concerned, but not the one who made the change. */
    private static List<Recipient> recipients(Connection connection, long masterId, long formerMasterId, Long by,
                                              Instant now) throws SQLException {
        String sql = "SELECT u.id, p.seen_at >= ? FROM staff_user u"
                + " LEFT JOIN staff_presence p ON p.staff_user_id = u.id"
                + " WHERE u.active = TRUE AND u.employee_id IN (?, ?) AND u.id <> ? ORDER BY u.id";
        List<Recipient> recipients = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, now.minus(PRESENCE_LASTS).atOffset(ZoneOffset.UTC));
            query.setLong(2, masterId);
            query.setLong(3, formerMasterId);
            query.setLong(4, by == null ? -1 : by);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    // No presence row reads as null: away.
                    recipients.add(new Recipient(row.getLong(1), !row.getBoolean(2)));
                }
            }
        }
        return recipients;
    }

    private static void insert(Connection connection, long staffUserId, Booking booking, NotificationKind kind,
                               Instant now, Long by, ClientWords client) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_notification"
                + " (staff_user_id, booking_id, kind, occurred_at, by_staff_user, words) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, staffUserId);
            insert.setLong(2, booking.getId());
            insert.setString(3, kind.name());
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            insert.setObject(5, by);
            insert.setString(6, NotificationWords.encode(client.name(), booking.getDate(), booking.getStartTime()));
            insert.executeUpdate();
        }
    }
}
