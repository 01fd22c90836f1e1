package org.salondesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * The number of bookings per branch and status on H2 (decision 0021), kept in the statement that inserts, updates or
 * deletes a booking, so that the request list's counts read {@code booking_count} instead of every booking. A status
 * change moves one booking between two counters, always changed in the same order (by status, then branch), so that
 * two desks changing statuses the opposite way never wait for each other in a circle.
 * <p>
 * H2 loads this class by name whenever it opens the file (migration V14 names it): it keeps its name and package and
 * imports nothing but the JDK and H2.
 */
public final class BookingCountTrigger implements Trigger {

    private static final String ADD = "update booking_count set bookings = bookings + ?"
            + " where branch_id = ? and status = ?";
    private static final String FIRST = "insert into booking_count (branch_id, status, bookings) values (?, ?, ?)";
    private static final String DUPLICATE_KEY = "23505";

    private int branch;
    private int status;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        Map<String, Integer> columns = BookingKeyTrigger.columns(connection, schema, table);
        branch = columns.get("BRANCH_ID");
        status = columns.get("STATUS");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Counter before = counter(oldRow);
        Counter after = counter(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && (after == null || before.compareTo(after) < 0)) {
            add(connection, before, -1);
            if (after != null) {
                add(connection, after, 1);
            }
        } else {
            add(connection, after, 1);
            if (before != null) {
                add(connection, before, -1);
            }
        }
    }

    private Counter counter(Object[] row) {
        return row == null ? null : new Counter(((Number) row[branch]).longValue(), (String) row[status]);
    }

    private static void add(Connection connection, Counter counter, int change) throws SQLException {
        if (update(connection, counter, change) > 0) {
            return;
        }
        try (PreparedStatement first = connection.prepareStatement(FIRST)) {
            first.setLong(1, counter.branch());
            first.setString(2, counter.status());
            first.setLong(3, change);
            first.executeUpdate();
        } catch (SQLException e) {
            // Another desk counted the first booking of this branch and status at the same moment: add to its row.
            if (!DUPLICATE_KEY.equals(e.getSQLState()) || update(connection, counter, change) == 0) {
                throw e;
            }
        }
    }

    private static int update(Connection connection, Counter counter, int change) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setLong(1, change);
            add.setLong(2, counter.branch());
            add.setString(3, counter.status());
            return add.executeUpdate();
        }
    }

    private record Counter(long branch, String status) implements Comparable<Counter> {

        @Override
        public int compareTo(Counter other) {
            int byStatus = status.compareTo(other.status);
            return byStatus != 0 ? byStatus : Long.compare(branch, other.branch);
        }
    }
}
