package org.salondesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salondesk.checkout.PaymentMethod;

/**
 * Revenue and payments, summed by the database. Revenue is a checkout's lines after its discount, tip apart
 * ({@code lines_total - discount}), on the checkout's business date (decision 0031).
 */
final class RevenueQueries {

    private static final String CHECKOUTS = " FROM checkout c JOIN booking b ON b.id = c.booking_id";
    private static final String LINES = CHECKOUTS + " JOIN checkout_line l ON l.checkout_id = c.id"
            + " LEFT JOIN salon_service s ON s.id = l.service_id";

    List<RevenueLine> byPeriod(Connection connection, ReportQuery query, Period period) throws SQLException {
        List<Object[]> days = new Sql("SELECT c.business_date, SUM(c.lines_total - c.discount), COUNT(*)" + CHECKOUTS)
                .checkouts(query).add(" GROUP BY c.business_date").list(connection, row -> new Object[] {
                        row.getObject(1, LocalDate.class), Sql.money(row, 2), row.getLong(3)});
        Map<LocalDate, BigDecimal> amounts = new TreeMap<>();
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (Object[] day : days) {
            LocalDate start = period.start((LocalDate) day[0]);
            amounts.merge(start, (BigDecimal) day[1], BigDecimal::add);
            counts.merge(start, (Long) day[2], Long::sum);
        }
        List<RevenueLine> lines = new ArrayList<>();
        amounts.forEach((start, amount) -> lines.add(new RevenueLine(RevenueLine.Kind.ITEM, null, start.toString(),
                amount, counts.get(start))));
        return lines;
    }

    List<RevenueLine> byMaster(Connection connection, ReportQuery query) throws SQLException {
        return new Sql("SELECT b.employee_id, e.name, SUM(c.lines_total - c.discount), COUNT(*)" + CHECKOUTS
                + " JOIN employee e ON e.id = b.employee_id").checkouts(query)
                .add(" GROUP BY b.employee_id, e.name ORDER BY e.name, b.employee_id")
                .list(connection, row -> new RevenueLine(RevenueLine.Kind.ITEM, row.getLong(1), row.getString(2),
                        Sql.money(row, 3), row.getLong(4)));
    }

    /** Services by their lines' amounts, the products in one line, and the discounts subtracted in one more. */
    List<RevenueLine> byService(Connection connection, ReportQuery query) throws SQLException {
        List<RevenueLine> lines = new Sql("SELECT l.kind, l.service_id, s.title, SUM(l.amount), SUM(l.quantity)"
                + LINES).checkouts(query).add(" GROUP BY l.kind, l.service_id, s.title ORDER BY s.title, l.service_id")
                .list(connection, row -> line(row.getString(1), Sql.optionalId(row, 2), row.getString(3),
                        Sql.money(row, 4), row.getLong(5)));
        return withDiscounts(connection, query, lines);
    }

    /** As {@link #byService}, by the services' categories (a service with none: a line of no id and no name). */
    List<RevenueLine> byCategory(Connection connection, ReportQuery query) throws SQLException {
        List<RevenueLine> lines = new Sql("SELECT l.kind, s.category_id, g.name, SUM(l.amount), SUM(l.quantity)"
                + LINES + " LEFT JOIN service_category g ON g.id = s.category_id").checkouts(query)
                .add(" GROUP BY l.kind, s.category_id, g.name ORDER BY g.name, s.category_id")
                .list(connection, row -> line(row.getString(1), Sql.optionalId(row, 2), row.getString(3),
                        Sql.money(row, 4), row.getLong(5)));
        return withDiscounts(connection, query, lines);
    }

    /** The period's revenue and its number of checkouts. */
    RevenueLine total(Connection connection, ReportQuery query) throws SQLException {
        return new Sql("SELECT SUM(c.lines_total - c.discount), COUNT(*)" + CHECKOUTS).checkouts(query)
                .list(connection, row -> new RevenueLine(RevenueLine.Kind.ITEM, null, null, Sql.money(row, 1),
                        row.getLong(2))).get(0);
    }

    /** Payments and refunds by method on their own business dates (a refund lands on the day it is made). */
    List<MethodLine> byMethod(Connection connection, ReportQuery query) throws SQLException {
        Sql sql = new Sql("SELECT p.method, SUM(CASE WHEN p.amount > 0 THEN p.amount ELSE 0 END),"
                + " SUM(CASE WHEN p.amount < 0 THEN p.amount ELSE 0 END), SUM(CASE WHEN p.amount > 0 THEN 1 ELSE 0 END)"
                + " FROM payment p");
        if (query.masterId() != null) {
            sql.add(" JOIN checkout c ON c.id = p.checkout_id JOIN booking b ON b.id = c.booking_id");
        }
        sql.add(" WHERE p.branch_id = ? AND p.business_date BETWEEN ? AND ?", query.branchId(), query.from(),
                query.to());
        return sql.master(query, "b").add(" GROUP BY p.method ORDER BY p.method").list(connection,
                row -> new MethodLine(PaymentMethod.valueOf(row.getString(1)), Sql.money(row, 2), Sql.money(row, 3),
                        row.getLong(4)));
    }

    private static List<RevenueLine> withDiscounts(Connection connection, ReportQuery query, List<RevenueLine> lines)
            throws SQLException {
        RevenueLine discounts = new Sql("SELECT SUM(c.discount), SUM(CASE WHEN c.discount > 0 THEN 1 ELSE 0 END)"
                + CHECKOUTS).checkouts(query).list(connection, row -> new RevenueLine(RevenueLine.Kind.DISCOUNTS,
                        null, null, Sql.money(row, 1).negate(), row.getLong(2))).get(0);
        List<RevenueLine> all = new ArrayList<>(lines);
        if (discounts.count() > 0) {
            all.add(discounts);
        }
        return all;
    }

    private static RevenueLine line(String kind, Long id, String name, BigDecimal amount, long count) {
        return "PRODUCT".equals(kind) ? new RevenueLine(RevenueLine.Kind.PRODUCTS, null, null, amount, count)
                : new RevenueLine(RevenueLine.Kind.ITEM, id, name, amount, count);
    }
}
