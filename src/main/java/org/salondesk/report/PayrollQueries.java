package org.salondesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The masters' commissions summed by the database: per service line of the period's checkouts, the service's percent
 * of the line's amount (rounded half up to kopecks, per line) or its fixed amount per service done.
 */
final class PayrollQueries {

    List<PayLine> commissions(Connection connection, ReportQuery query) throws SQLException {
        return new Sql("SELECT b.employee_id, e.name, l.service_id, s.title, SUM(l.quantity), SUM(l.amount),"
                + " SUM(CASE WHEN r.percent IS NOT NULL THEN ROUND(l.amount * r.percent / 100, 2)"
                + " WHEN r.fixed_amount IS NOT NULL THEN r.fixed_amount * l.quantity ELSE 0 END)"
                + " FROM checkout c JOIN booking b ON b.id = c.booking_id JOIN employee e ON e.id = b.employee_id"
                + " JOIN checkout_line l ON l.checkout_id = c.id JOIN salon_service s ON s.id = l.service_id"
                + " LEFT JOIN service_commission r ON r.service_id = l.service_id").checkouts(query)
                .add(" AND l.kind = 'SERVICE' GROUP BY b.employee_id, e.name, l.service_id, s.title"
                        + " ORDER BY e.name, b.employee_id, s.title, l.service_id")
                .list(connection, row -> new PayLine(row.getLong(1), row.getString(2), row.getLong(3),
                        row.getString(4), row.getLong(5), Sql.money(row, 6), Sql.money(row, 7)));
    }

    /** The daily rates of the branch's masters (or the one master), by master id. */
    Map<Long, BigDecimal> dailyRates(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, BigDecimal> rates = new LinkedHashMap<>();
        new Sql("SELECT r.employee_id, r.daily_rate FROM master_daily_rate r JOIN employee e ON e.id = r.employee_id"
                + " WHERE e.branch_id = ?", query.branchId()).master(query, "r")
                .list(connection, row -> rates.put(row.getLong(1), Sql.money(row, 2)));
        return rates;
    }

    /** The branch's masters' names by id. */
    Map<Long, String> masters(Connection connection, long branchId) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        new Sql("SELECT e.id, e.name FROM employee e WHERE e.branch_id = ? ORDER BY e.name, e.id", branchId)
                .list(connection, row -> names.put(row.getLong(1), row.getString(2)));
        return names;
    }
}
