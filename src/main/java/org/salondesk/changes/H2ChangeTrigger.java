package org.salondesk.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;

import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * The H2 side of the change feed: writes a row to {@code change_log} inside the writing transaction, so that it is
 * seen by the other desks exactly when the write is, and never if it rolls back. For each booking row written it
 * says where the booking was and is; for the other tables, once per statement, what kind of thing changed. The
 * triggers are created by the H2 migration V12; H2 makes one instance per trigger.
 */
public final class H2ChangeTrigger implements Trigger {

    /** The kind of thing each table with a trigger holds. */
    private static final Map<String, ChangeKind> KINDS = Map.ofEntries(
            Map.entry("BOOKING", ChangeKind.BOOKINGS),
            Map.entry("BRANCH", ChangeKind.CATALOG), Map.entry("SERVICE_CATEGORY", ChangeKind.CATALOG),
            Map.entry("JOB_TITLE", ChangeKind.CATALOG), Map.entry("SALON_SERVICE", ChangeKind.CATALOG),
            Map.entry("EMPLOYEE", ChangeKind.CATALOG), Map.entry("EMPLOYEE_SERVICE", ChangeKind.CATALOG),
            Map.entry("WEEKLY_SHIFT", ChangeKind.SCHEDULES), Map.entry("DATED_SHIFT", ChangeKind.SCHEDULES),
            Map.entry("DAY_OFF", ChangeKind.SCHEDULES), Map.entry("EMPLOYEE_BREAK", ChangeKind.SCHEDULES),
            Map.entry("ROTATION_PATTERN", ChangeKind.SCHEDULES), Map.entry("RECURRING_BREAK", ChangeKind.SCHEDULES),
            Map.entry("CLIENT", ChangeKind.CLIENTS), Map.entry("TASK", ChangeKind.TASKS),
            Map.entry("STAFF_USER", ChangeKind.STAFF));

    private static final String LOG = "insert into change_log (kind, booking_id, branch_id, employee_id, booking_date)"
            + " values (?, ?, ?, ?, ?)";

    private ChangeKind kind;
    // Where the booking table's columns are in the rows H2 hands over (from 0).
    private int id;
    private int branch;
    private int master;
    private int date;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        kind = KINDS.get(tableName.toUpperCase(Locale.ROOT));
        if (kind == null) {
            throw new SQLException("The change feed does not know the table " + tableName);
        }
        if (kind == ChangeKind.BOOKINGS) {
            id = position(connection, schemaName, tableName, "ID");
            branch = position(connection, schemaName, tableName, "BRANCH_ID");
            master = position(connection, schemaName, tableName, "EMPLOYEE_ID");
            date = position(connection, schemaName, tableName, "BOOKING_DATE");
        }
    }

    private static int position(Connection connection, String schema, String table, String column)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, column)) {
            if (!columns.next()) {
                throw new SQLException("The change feed misses the column " + table + "." + column);
            }
            return columns.getInt("ORDINAL_POSITION") - 1;
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (kind != ChangeKind.BOOKINGS) {
            log(connection, null);
            return;
        }
        if (oldRow != null) {
            log(connection, oldRow);
        }
        if (newRow != null && !(oldRow != null && samePlace(oldRow, newRow))) {
            log(connection, newRow);
        }
    }

    private boolean samePlace(Object[] oldRow, Object[] newRow) {
        return oldRow[branch].equals(newRow[branch]) && oldRow[master].equals(newRow[master])
                && oldRow[date].equals(newRow[date]);
    }

    private void log(Connection connection, Object[] booking) throws SQLException {
        // The trigger's connection is the writer's own session. When that is in auto-commit mode (plain JDBC), H2 would
        // commit after the insert below, inside the trigger, and refuse; the write's own statement commits it instead.
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        boolean autoCommit = session.getAutoCommit();
        session.setAutoCommit(false);
        try {
            insert(connection, booking);
        } finally {
            session.setAutoCommit(autoCommit);
        }
    }

    private void insert(Connection connection, Object[] booking) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(LOG)) {
            insert.setString(1, kind.name());
            if (booking == null) {
                insert.setNull(2, Types.BIGINT);
                insert.setNull(3, Types.BIGINT);
                insert.setNull(4, Types.BIGINT);
                insert.setNull(5, Types.DATE);
            } else {
                insert.setObject(2, booking[id]);
                insert.setObject(3, booking[branch]);
                insert.setObject(4, booking[master]);
                insert.setObject(5, booking[date]);
            }
            insert.executeUpdate();
        }
    }
}
