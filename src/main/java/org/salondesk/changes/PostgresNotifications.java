package org.salondesk.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change feed on PostgreSQL: LISTEN on the channel that the triggers of migration V12 notify, on the feed's own
 * connection. The server delivers a notification when the writing transaction commits, so the desk hears of a change
 * as soon as it is there to be read.
 */
final class PostgresNotifications implements ChangeSource {

    static final String CHANNEL = "salondesk_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);
    /** How long one wait for notifications lasts: also how long closing the feed may take. */
    private static final int WAIT_MILLIS = 250;
    /** A connection dropped without a word (a network gone) shows only when asked: it is asked after this quiet. */
    private static final Duration CHECK_AFTER = Duration.ofSeconds(15);

    @Override
    public Listening listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        return new Listening() {
            private long heard = System.nanoTime();

            @Override
            public Change next(CountDownLatch closing) throws SQLException {
                PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                long now = System.nanoTime();
                if (arrived == null || arrived.length == 0) {
                    if (now - heard > CHECK_AFTER.toNanos()) {
                        if (!connection.isValid((int) CHECK_AFTER.toSeconds())) {
                            throw new SQLException("The change feed's connection does not answer");
                        }
                        heard = now;
                    }
                    return null;
                }
                heard = now;
                Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
                List<TouchedBooking> bookings = new ArrayList<>();
                for (PGNotification notification : arrived) {
                    read(notification.getParameter(), kinds, bookings);
                }
                return Change.collected(kinds, bookings);
            }
        };
    }

    /** Reads one notification: "KIND", or "BOOKINGS id branch master yyyy-mm-dd". */
    static void read(String payload, Set<ChangeKind> kinds, List<TouchedBooking> bookings) {
        String[] words = payload.split(" ");
        try {
            ChangeKind kind = ChangeKind.valueOf(words[0]);
            kinds.add(kind);
            if (kind == ChangeKind.BOOKINGS && words.length == 5) {
                bookings.add(new TouchedBooking(Long.parseLong(words[1]), Long.parseLong(words[2]),
                        Long.parseLong(words[3]), LocalDate.parse(words[4])));
            }
        } catch (RuntimeException e) {
            // A newer SalonDesk on the same database may say more than this one knows.
            LOG.debug("A change notification this desk does not read: {}", payload, e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL LISTEN " + CHANNEL;
    }
}
