package org.salondesk.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The money of a salon's past, written at once in the database (INSERT … SELECT) for every completed booking that has
 * no checkout: one checkout with its service lines (every seventh visit 10 % off for a regular client, every fifth a
 * tip of 200), one payment (card six times in ten, cash three, transfer one), and each past day of each branch closed
 * with the drawer as expected. The demo salon's reports and day's close then have a past to show; the benchmarks' data
 * gets its checkouts the same way.
 */
public final class DemoCheckouts {

    private static final String DISCOUNT = "CASE WHEN MOD(b.id, 7) = 0 THEN ROUND(b.total_cost * 0.10, 2) ELSE 0 END";
    private static final String TIP = "CASE WHEN MOD(b.id, 5) = 0 THEN 200 ELSE 0 END";
    private static final String OPENING = "5000";

    private DemoCheckouts() {
    }

    /** Checks out every completed booking without a checkout; answers how many. */
    public static int addForCompleted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int checkouts = statement.executeUpdate("INSERT INTO checkout (booking_id, branch_id, business_date,"
                    + " lines_total, discount, discount_reason, tip, total_due, prepaid, change_given, created_at)"
                    + " SELECT b.id, b.branch_id, b.booking_date, b.total_cost, " + DISCOUNT + ","
                    + " CASE WHEN MOD(b.id, 7) = 0 THEN 'Постоянная клиентка' END, " + TIP + ","
                    + " b.total_cost - " + DISCOUNT + " + " + TIP + ", 0, 0,"
                    + " CAST(b.booking_date + b.start_time AS TIMESTAMP WITH TIME ZONE)"
                    + " FROM booking b WHERE b.status = 'COMPLETED'"
                    + " AND NOT EXISTS (SELECT 1 FROM checkout c WHERE c.booking_id = b.id)");
            statement.executeUpdate("INSERT INTO checkout_line (checkout_id, line_no, kind, service_id, title,"
                    + " quantity, unit_price, amount, branch_id, business_date, employee_id) SELECT c.id, s.line_no,"
                    + " 'SERVICE', s.service_id, s.title, 1, s.price, s.price, c.branch_id, c.business_date,"
                    + " b.employee_id FROM checkout c JOIN booked_service s ON s.booking_id = c.booking_id"
                    + " JOIN booking b ON b.id = c.booking_id"
                    + " WHERE NOT EXISTS (SELECT 1 FROM checkout_line l WHERE l.checkout_id = c.id)");
            statement.executeUpdate("INSERT INTO payment (branch_id, checkout_id, business_date, method, amount,"
                    + " tendered, paid_at) SELECT c.branch_id, c.id, c.business_date,"
                    + " CASE WHEN MOD(c.id, 10) < 6 THEN 'CARD' WHEN MOD(c.id, 10) < 9 THEN 'CASH' ELSE 'TRANSFER' END,"
                    + " c.total_due, CASE WHEN MOD(c.id, 10) BETWEEN 6 AND 8 THEN c.total_due END, c.created_at"
                    + " FROM checkout c WHERE c.total_due > 0"
                    + " AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.checkout_id = c.id)");
            return checkouts;
        }
    }

    /** Closes each branch's days before {@code today} that have payments, the drawer counted as expected. */
    static void closePastDays(Connection connection, java.time.LocalDate today) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO cash_day (branch_id, business_date, opening_cash,"
                + " expected_cash, counted_cash, closed_at) SELECT p.branch_id, p.business_date, " + OPENING + ","
                + " " + OPENING + " + SUM(CASE WHEN p.method = 'CASH' THEN p.amount ELSE 0 END),"
                + " " + OPENING + " + SUM(CASE WHEN p.method = 'CASH' THEN p.amount ELSE 0 END), MAX(p.paid_at)"
                + " FROM payment p WHERE p.business_date < ? AND NOT EXISTS (SELECT 1 FROM cash_day d"
                + " WHERE d.branch_id = p.branch_id AND d.business_date = p.business_date)"
                + " GROUP BY p.branch_id, p.business_date")) {
            insert.setObject(1, today);
            insert.executeUpdate();
        }
    }
}
