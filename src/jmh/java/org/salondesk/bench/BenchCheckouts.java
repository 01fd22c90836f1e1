package org.salondesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.salondesk.demo.DemoCheckouts;

/**
 * The checkouts of {@link BenchSalon}'s completed bookings (every past one), for the reports, written as the demo
 * salon's are ({@link DemoCheckouts}: INSERT … SELECT in the database); the first service pays the master 40 %. Added
 * to a salon built before there were checkouts.
 */
final class BenchCheckouts {

    private BenchCheckouts() {
    }

    static void addIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from checkout")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        DemoCheckouts.addForCompleted(connection);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into service_commission (service_id, percent)"
                    + " select min(id), 40 from salon_service");
            statement.execute("analyze");
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
        }
    }
}
