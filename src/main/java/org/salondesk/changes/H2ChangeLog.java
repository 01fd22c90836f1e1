package org.salondesk.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change feed on H2: reads the rows that {@link H2ChangeTrigger} adds to {@code change_log}, five times a
 * second, on the feed's own connection. Ids are handed out when a row is written but seen when it is committed, so a row may
 * appear after rows with higher ids (its transaction took longer): the ids skipped are looked for again for a while
 * before they count as rolled back. Rows a few minutes old are deleted as the reader goes.
 */
final class H2ChangeLog implements ChangeSource {

    private static final Logger LOG = LoggerFactory.getLogger(H2ChangeLog.class);
    private final Duration every;

    /** How long an id skipped is looked for: longer than any writing transaction waits for a lock. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Rows older than this (roughly) are deleted. */
    private static final Duration KEEP = Duration.ofMinutes(5);
    /** Rows still being written when the reader starts are looked for among this many latest ids. */
    private static final int LOOK_BACK = 64;
    /** Beyond this many ids skipped at once (ids lost by a restart of the file), skipped ids are not looked for. */
    private static final int MOST_MISSING = 10_000;

    H2ChangeLog(Duration every) {
        this.every = every;
    }

    @Override
    public Listening listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        return new Reader(connection);
    }

    private final class Reader implements Listening {

        private final Connection connection;
        // Every row up to here has been reported, or given up as rolled back.
        private long reported;
        // Rows above that already reported, and ids above it not seen yet with when they were first missed.
        private final Set<Long> seen = new HashSet<>();
        private final Map<Long, Long> missing = new HashMap<>();
        private long cleanAt;
        private long cleanUpTo;

        Reader(Connection connection) throws SQLException {
            this.connection = connection;
            try (PreparedStatement last = connection.prepareStatement("select coalesce(max(id), 0) from change_log");
                 ResultSet row = last.executeQuery()) {
                row.next();
                reported = Math.max(0, row.getLong(1) - LOOK_BACK);
            }
            // The latest rows were written before the feed listened: they count as reported, those missing among
            // them (still being written) are reported when they come.
            try (PreparedStatement latest = connection.prepareStatement("select id from change_log where id > ?")) {
                latest.setLong(1, reported);
                try (ResultSet rows = latest.executeQuery()) {
                    while (rows.next()) {
                        seen.add(rows.getLong(1));
                    }
                }
            }
            advance(seen.stream().mapToLong(Long::longValue).max().orElse(reported));
            cleanAt = System.nanoTime() + KEEP.toNanos();
            cleanUpTo = reported;
        }

        @Override
        public Change next(CountDownLatch closing) throws SQLException, InterruptedException {
            if (closing.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                return null;
            }
            Change change = read();
            if (System.nanoTime() - cleanAt > 0) {
                clean();
            }
            return change;
        }

        private Change read() throws SQLException {
            Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
            List<TouchedBooking> bookings = new ArrayList<>();
            long highest = reported;
            try (PreparedStatement query = connection.prepareStatement("select id, kind, booking_id, branch_id,"
                    + " employee_id, booking_date from change_log where id > ? order by id")) {
                query.setLong(1, reported);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        highest = Math.max(highest, id);
                        if (seen.add(id)) {
                            missing.remove(id);
                            read(rows, kinds, bookings);
                        }
                    }
                }
            }
            advance(highest);
            return Change.collected(kinds, bookings);
        }

        private void read(ResultSet row, Set<ChangeKind> kinds, List<TouchedBooking> bookings) throws SQLException {
            ChangeKind kind;
            try {
                kind = ChangeKind.valueOf(row.getString(2));
            } catch (IllegalArgumentException e) {
                // A newer SalonDesk on the same file may say more than this one knows.
                LOG.debug("A change this desk does not read: {}", row.getString(2));
                return;
            }
            kinds.add(kind);
            LocalDate date = row.getObject(6, LocalDate.class);
            if (kind == ChangeKind.BOOKINGS && date != null) {
                bookings.add(new TouchedBooking(row.getLong(3), row.getLong(4), row.getLong(5), date));
            }
        }

        // Moves the mark of what is reported up to the first id still missing (or given up on).
        private void advance(long highest) {
            long now = System.nanoTime();
            if (highest - reported > MOST_MISSING) {
                missing.clear();
            } else {
                for (long id = reported + 1; id < highest; id++) {
                    if (!seen.contains(id)) {
                        missing.putIfAbsent(id, now);
                    }
                }
            }
            missing.values().removeIf(since -> now - since > PATIENCE.toNanos());
            reported = missing.keySet().stream().mapToLong(Long::longValue).min().orElse(highest + 1) - 1;
            seen.removeIf(id -> id <= reported);
        }

        // Deletes the rows that were reported a while ago (by every desk, as far as a desk can tell).
        private void clean() {
            cleanAt = System.nanoTime() + KEEP.toNanos();
            try (PreparedStatement delete = connection.prepareStatement("delete from change_log where id <= ?")) {
                delete.setLong(1, cleanUpTo);
                int deleted = delete.executeUpdate();
                LOG.debug("Deleted {} old rows of the change log", deleted);
            } catch (SQLException e) {
                // Another desk deleting the same rows at the same moment; the next round deletes them.
                LOG.debug("Could not delete old rows of the change log", e);
            }
            cleanUpTo = reported;
        }
    }

    @Override
    public String toString() {
        return "H2 change_log every " + every.toMillis() + " ms";
    }
}
