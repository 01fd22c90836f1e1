package org.salondesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The masters' commissions: the database sums the period's service lines by master and service (one table: a line
 * carries its branch, day and master); each sum then earns the service's percent of it (rounded half up to kopecks
 * once) or its fixed amount per service done.
 */
final class PayrollQueries {

    /** A service's percent or fixed amount. */
    private record Rate(BigDecimal percent, BigDecimal fixedAmount) {
    }

    List<PayLine> commissions(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, Rate> rates = new HashMap<>();
        new Sql("SELECT r.service_id, r.percent, r.fixed_amount FROM service_commission r"
                + " JOIN salon_service s ON s.id = r.service_id WHERE s.branch_id = ?", query.branchId())
                .list(connection, row -> rates.put(row.getLong(1), new Rate(row.getBigDecimal(2),
                        row.getBigDecimal(3))));
        Map<Long, Map<Long, long[]>> done = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> sales = new HashMap<>();
        new Sql("SELECT l.employee_id, l.service_id, SUM(l.quantity), SUM(l.amount) FROM checkout_line l")
                .lines(query).add(" AND l.kind = 'SERVICE' GROUP BY l.employee_id, l.service_id")
                .list(connection, row -> {
                    done.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getLong(2),
                            new long[] {row.getLong(3)});
                    return sales.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getLong(2),
                            Sql.money(row, 4));
                });
        Map<Long, Names.Service> services = Names.services(connection, query.branchId());
        List<PayLine> lines = new ArrayList<>();
        Names.masters(connection, query.branchId()).forEach((master, name) -> {
            Map<Long, BigDecimal> hers = sales.getOrDefault(master, Map.of());
            services.forEach((service, named) -> {
                BigDecimal sold = hers.get(service);
                if (sold != null) {
                    long count = done.get(master).get(service)[0];
                    lines.add(new PayLine(master, name, service, named.title(), count, sold,
                            commission(rates.get(service), sold, count)));
                }
            });
        });
        return lines;
    }

    private static BigDecimal commission(Rate rate, BigDecimal sold, long count) {
        if (rate == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (rate.percent() != null) {
            return sold.multiply(rate.percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        return rate.fixedAmount().multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The daily rates of the branch's masters (or the one master), by master id. */
    Map<Long, BigDecimal> dailyRates(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, BigDecimal> rates = new LinkedHashMap<>();
        new Sql("SELECT r.employee_id, r.daily_rate FROM master_daily_rate r JOIN employee e ON e.id = r.employee_id"
                + " WHERE e.branch_id = ?", query.branchId()).master(query, "r")
                .list(connection, row -> rates.put(row.getLong(1), Sql.money(row, 2)));
        return rates;
    }
}
