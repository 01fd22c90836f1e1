package org.salondesk.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.persistence.OwnerOnly;

/**
 * The self-check of a database: its schema version, what it holds, the stored bookings that break the booking
 * rules, and which of its files others on the PC may read (an embedded file's; none for a server's). Read the same
 * way for the open database ({@code --self-check}) and for a copy before a restore.
 */
public record DatabaseCheck(String schemaVersion, CheckedCopy.Counts counts,
                            List<BookingRulesAudit.Violation> violations, List<OwnerOnly.Loose> looseFiles) {

    public DatabaseCheck {
        violations = List.copyOf(violations);
        looseFiles = List.copyOf(looseFiles);
    }

    /** Checks the database {@code connection} is on, at {@code schemaVersion}, whose files are {@code looseFiles}. */
    public static DatabaseCheck of(Connection connection, String schemaVersion, List<OwnerOnly.Loose> looseFiles)
            throws SQLException {
        return new DatabaseCheck(schemaVersion, counts(connection), new BookingRulesAudit().check(connection),
                looseFiles);
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
