package org.salondesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * The request list's sort keys on H2 (decision 0021): each booking carries its client's and master's names as the
 * list sorts them (lower case; the client's name then surname), so that sorting by them walks an index. On a booking
 * (before its insert or update) the keys are looked up when the booking is new or names another client or master;
 * on a client or master (after an update) a rename is copied onto their bookings. Whoever writes the row, the keys
 * change in the same transaction.
 * <p>
 * H2 loads this class by name whenever it opens the file (migration V14 names it): it keeps its name and package and
 * imports nothing but the JDK and H2.
 */
public final class BookingKeyTrigger implements Trigger {

    static final String CLIENT_KEY = "select lower(trim(concat(name, ' ', surname))) from client where id = ?";
    static final String MASTER_KEY = "select lower(name) from employee where id = ?";

    private String table;
    private Map<String, Integer> columns;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toUpperCase(Locale.ROOT);
        this.columns = columns(connection, schema, table);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        switch (table) {
            case "BOOKING" -> keyBooking(connection, oldRow, newRow);
            case "CLIENT" -> {
                if (changed(oldRow, newRow, "NAME") || changed(oldRow, newRow, "SURNAME")) {
                    copy(connection, "update booking set client_key = (" + CLIENT_KEY + ") where client_id = ?",
                            newRow[columns.get("ID")]);
                }
            }
            case "EMPLOYEE" -> {
                if (changed(oldRow, newRow, "NAME")) {
                    copy(connection, "update booking set master_key = (" + MASTER_KEY + ") where employee_id = ?",
                            newRow[columns.get("ID")]);
                }
            }
            default -> throw new SQLException("BookingKeyTrigger is not for table " + table);
        }
    }

    private void keyBooking(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        int clientKey = columns.get("CLIENT_KEY");
        int masterKey = columns.get("MASTER_KEY");
        if (changed(oldRow, newRow, "CLIENT_ID")) {
            newRow[clientKey] = key(connection, CLIENT_KEY, newRow[columns.get("CLIENT_ID")]);
        }
        if (changed(oldRow, newRow, "EMPLOYEE_ID")) {
            newRow[masterKey] = key(connection, MASTER_KEY, newRow[columns.get("EMPLOYEE_ID")]);
        }
    }

    private boolean changed(Object[] oldRow, Object[] newRow, String column) {
        int at = columns.get(column);
        return oldRow == null || !Objects.equals(oldRow[at], newRow[at]);
    }

    private static Object key(Connection connection, String query, Object id) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(query)) {
            read.setObject(1, id);
            try (ResultSet key = read.executeQuery()) {
                return key.next() ? key.getString(1) : null;
            }
        }
    }

    private static void copy(Connection connection, String update, Object id) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(update)) {
            write.setObject(1, id);
            write.setObject(2, id);
            write.executeUpdate();
        }
    }

    /** Each column's place in the rows H2 hands to the trigger (0-based, in the table's column order). */
    static Map<String, Integer> columns(Connection connection, String schema, String table) throws SQLException {
        Map<String, Integer> result = new HashMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (rows.next()) {
                result.put(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                        rows.getInt("ORDINAL_POSITION") - 1);
            }
        }
        return result;
    }
}
