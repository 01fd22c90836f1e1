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

    /** The checkouts, with their bookings only when a master is asked (a read of each booking saved otherwise). */
    private static String checkouts(ReportQuery query) {
        return query.masterId() == null ? " FROM checkout c" : CHECKOUTS;
    }

    List<RevenueLine> byPeriod(Connection connection, ReportQuery query, Period period) throws SQLException {
        List<Object[]> days = new Sql("SELECT c.business_date, SUM(c.lines_total - c.discount), COUNT(*)"
                + checkouts(query)).checkouts(query).add(" GROUP BY c.business_date")
                .list(connection, row -> new Object[] {
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
        Map<Long, RevenueLine> sums = new java.util.HashMap<>();
        new Sql("SELECT b.employee_id, SUM(c.lines_total - c.discount), COUNT(*)" + CHECKOUTS).checkouts(query)
                .add(" GROUP BY b.employee_id").list(connection, row -> sums.put(row.getLong(1),
                        new RevenueLine(RevenueLine.Kind.ITEM, row.getLong(1), null, Sql.money(row, 2),
                                row.getLong(3))));
        List<RevenueLine> lines = new ArrayList<>();
        Names.masters(connection, query.branchId()).forEach((id, name) -> {
            RevenueLine sum = sums.get(id);
            if (sum != null) {
                lines.add(new RevenueLine(sum.kind(), id, name, sum.amount(), sum.count()));
            }
        });
        return lines;
    }

    /** Services by their lines' amounts, the products in one line, and the discounts subtracted in one more. */
    List<RevenueLine> byService(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, Names.Service> services = Names.services(connection, query.branchId());
        List<RevenueLine> lines = new ArrayList<>();
        Map<Long, RevenueLine> sums = serviceSums(connection, query);
        for (Map.Entry<Long, Names.Service> service : services.entrySet()) {
            RevenueLine sum = sums.get(service.getKey());
            if (sum != null) {
                lines.add(new RevenueLine(sum.kind(), service.getKey(), service.getValue().title(), sum.amount(),
                        sum.count()));
            }
        }
        return withProducts(connection, query, sums, lines);
    }

    /** As {@link #byService}, the services folded into their categories (a service with none: no id, no name). */
    List<RevenueLine> byCategory(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, Names.Service> services = Names.services(connection, query.branchId());
        Map<Long, String> categories = Names.categories(connection, query.branchId());
        Map<Long, RevenueLine> sums = serviceSums(connection, query);
        Map<String, RevenueLine> folded = new java.util.LinkedHashMap<>();
        List<Long> order = new ArrayList<>(categories.keySet());
        order.add(null);
        for (Long category : order) {
            for (Map.Entry<Long, Names.Service> service : services.entrySet()) {
                RevenueLine sum = sums.get(service.getKey());
                if (sum != null && java.util.Objects.equals(service.getValue().categoryId(), category)) {
                    folded.merge(String.valueOf(category), new RevenueLine(RevenueLine.Kind.ITEM, category,
                            category == null ? null : categories.get(category), sum.amount(), sum.count()),
                            (a, b) -> new RevenueLine(a.kind(), a.id(), a.name(), a.amount().add(b.amount()),
                                    a.count() + b.count()));
                }
            }
        }
        return withProducts(connection, query, sums, new ArrayList<>(folded.values()));
    }

    /** The service lines' amounts and items by service id; the products' under the key null. */
    private static Map<Long, RevenueLine> serviceSums(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, RevenueLine> sums = new java.util.HashMap<>();
        new Sql("SELECT l.service_id, SUM(l.amount), SUM(l.quantity) FROM checkout_line l").lines(query)
                .add(" GROUP BY l.service_id").list(connection, row -> sums.put(Sql.optionalId(row, 1),
                        new RevenueLine(RevenueLine.Kind.ITEM, null, null, Sql.money(row, 2), row.getLong(3))));
        return sums;
    }

    private static List<RevenueLine> withProducts(Connection connection, ReportQuery query,
                                                  Map<Long, RevenueLine> sums, List<RevenueLine> lines)
            throws SQLException {
        RevenueLine products = sums.get(null);
        if (products != null) {
            lines.add(new RevenueLine(RevenueLine.Kind.PRODUCTS, null, null, products.amount(), products.count()));
        }
        return withDiscounts(connection, query, lines);
    }

    /** The period's revenue and its number of checkouts. */
    RevenueLine total(Connection connection, ReportQuery query) throws SQLException {
        return new Sql("SELECT SUM(c.lines_total - c.discount), COUNT(*)" + checkouts(query)).checkouts(query)
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
                + checkouts(query)).checkouts(query).list(connection, row -> new RevenueLine(RevenueLine.Kind.DISCOUNTS,
                        null, null, Sql.money(row, 1).negate(), row.getLong(2))).get(0);
        List<RevenueLine> all = new ArrayList<>(lines);
        if (discounts.count() > 0) {
            all.add(discounts);
        }
        return all;
    }
}
