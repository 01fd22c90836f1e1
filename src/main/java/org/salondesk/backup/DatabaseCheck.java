package org.salondesk.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.salondesk.availability.BookingRulesAudit;

/**
 * The self-check of a database: its schema version, what it holds, and the stored bookings that break the booking
 * rules. Read the same way for the open database ({@code --self-check}) and for a copy before a restore.
 */
public record DatabaseCheck(String schemaVersion, CheckedCopy.Counts counts,
                            List<BookingRulesAudit.Violation> violations) {

    public DatabaseCheck {
        violations = List.copyOf(violations);
    }

    /** Checks the database {@code connection} is on, at {@code schemaVersion}. */
    public static DatabaseCheck of(Connection connection, String schemaVersion) throws SQLException {
        return new DatabaseCheck(schemaVersion, counts(connection), new BookingRulesAudit().check(connection));
    }

    static CheckedCopy.Counts counts(Connection connection) throws SQLException {
        return new CheckedCopy.Counts(count(connection, "branch"), count(connection, "employee"),
                count(connection, "client"), count(connection, "booking"));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
