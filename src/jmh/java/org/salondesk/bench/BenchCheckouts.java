package org.salondesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The checkouts of {@link BenchSalon}'s completed bookings (every past one), for the reports: one checkout a booking
 * (every tenth with a discount of 150), its service line, one payment by cash, card or transfer in turn; haircuts of
 * the first service pay the master 40 %. Written by INSERT … SELECT in the database, added to a salon built before
 * there were checkouts.
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
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into checkout (booking_id, branch_id, business_date, lines_total, discount,"
                    + " tip, total_due, prepaid, change_given, created_at)"
                    + " select id, branch_id, booking_date, total_cost,"
                    + " case when mod(id, 10) = 0 then 150 else 0 end, 0,"
                    + " total_cost - case when mod(id, 10) = 0 then 150 else 0 end, 0, 0, created_at"
                    + " from booking where status = 'COMPLETED'");
            statement.executeUpdate("insert into checkout_line (checkout_id, line_no, kind, service_id, title,"
                    + " quantity, unit_price, amount) select c.id, s.line_no, 'SERVICE', s.service_id, s.title, 1,"
                    + " s.price, s.price from checkout c join booked_service s on s.booking_id = c.booking_id");
            statement.executeUpdate("insert into payment (branch_id, checkout_id, business_date, method, amount,"
                    + " paid_at) select branch_id, id, business_date, case mod(id, 3) when 0 then 'CASH'"
                    + " when 1 then 'CARD' else 'TRANSFER' end, total_due, created_at from checkout");
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
