package org.salondesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Each report computed again in plain Java from the rows, one loop at a time, as a map of a line's key to
 * "amount | count" (or the figures of the line), to compare with what ReportService answers.
 */
final class IndependentReports {

    private final PlainRows rows;
    private final ReportQuery query;

    IndependentReports(PlainRows rows, ReportQuery query) {
        this.rows = rows;
        this.query = query;
    }

    private boolean inRange(LocalDate date) {
        return !date.isBefore(query.from()) && !date.isAfter(query.to());
    }

    private boolean ofMaster(long master) {
        return query.masterId() == null || query.masterId() == master;
    }

    private List<PlainRows.Sale> sales() {
        return rows.checkouts().stream().filter(sale -> inRange(sale.date()))
                .filter(sale -> ofMaster(rows.booking(sale.booking()).master())).toList();
    }

    private List<PlainRows.Booking> bookings() {
        return rows.bookings().stream().filter(booking -> inRange(booking.date()))
                .filter(booking -> ofMaster(booking.master())).toList();
    }

    Map<String, String> revenueBy(Function<PlainRows.Sale, String> key) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (PlainRows.Sale sale : sales()) {
            amounts.merge(key.apply(sale), sale.revenue(), BigDecimal::add);
            counts.merge(key.apply(sale), 1, Integer::sum);
        }
        return joined(amounts, counts);
    }

    String masterOf(PlainRows.Sale sale) {
        return Long.toString(rows.booking(sale.booking()).master());
    }

    /** Lines by service id (products as "products"), and the discounts as one negative line. */
    Map<String, String> revenueByLine(Function<Long, String> serviceKey) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (PlainRows.Sale sale : sales()) {
            for (PlainRows.Line line : rows.lines()) {
                if (line.checkout() == sale.id()) {
                    String key = line.kind().equals("PRODUCT") ? "products" : serviceKey.apply(line.service());
                    amounts.merge(key, line.amount(), BigDecimal::add);
                    counts.merge(key, line.quantity(), Integer::sum);
                }
            }
            if (sale.discount().signum() > 0) {
                amounts.merge("discounts", sale.discount().negate(), BigDecimal::add);
                counts.merge("discounts", 1, Integer::sum);
            }
        }
        return joined(amounts, counts);
    }

    /** Method → "paid | refunded | payments". */
    Map<String, String> payments() {
        Map<String, String> result = new TreeMap<>();
        for (String method : List.of("CASH", "CARD", "TRANSFER")) {
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            int count = 0;
            for (PlainRows.Payment payment : rows.payments()) {
                if (payment.method().equals(method) && inRange(payment.date())
                        && ofMaster(rows.booking(rows.sale(payment.checkout()).booking()).master())) {
                    if (payment.amount().signum() > 0) {
                        paid = paid.add(payment.amount());
                        count++;
                    } else {
                        refunded = refunded.add(payment.amount());
                    }
                }
            }
            if (count > 0 || refunded.signum() != 0) {
                result.put(method, money(paid) + " | " + money(refunded) + " | " + count);
            }
        }
        return result;
    }

    long bookedMinutes(long master) {
        return bookings().stream().filter(booking -> booking.master() == master)
                .filter(booking -> !booking.status().equals("CANCELLED") && !booking.status().equals("NO_SHOW"))
                .mapToLong(PlainRows.Booking::minutes).sum();
    }

    /** Key → "bookings | cancelled | no-shows". */
    Map<String, String> attendanceBy(Function<PlainRows.Booking, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (PlainRows.Booking booking : bookings()) {
            int[] count = counts.computeIfAbsent(key.apply(booking), k -> new int[3]);
            count[0]++;
            count[1] += booking.status().equals("CANCELLED") ? 1 : 0;
            count[2] += booking.status().equals("NO_SHOW") ? 1 : 0;
        }
        Map<String, String> result = new TreeMap<>();
        counts.forEach((k, c) -> result.put(k, c[0] + " | " + c[1] + " | " + c[2]));
        return result;
    }

    /** "clients | new | visits | revenue | checkouts | lost". */
    String clients(int lostAfterDays) {
        Predicate<PlainRows.Booking> visit = booking -> booking.status().equals("COMPLETED");
        List<PlainRows.Booking> visits = bookings().stream().filter(visit).toList();
        long clients = visits.stream().map(PlainRows.Booking::client).distinct().count();
        long fresh = visits.stream().map(PlainRows.Booking::client).distinct()
                .filter(client -> rows.bookings().stream().noneMatch(earlier -> visit.test(earlier)
                        && earlier.client() == client && earlier.date().isBefore(query.from())))
                .count();
        Map<Long, LocalDate> last = new TreeMap<>();
        rows.bookings().stream().filter(visit).filter(booking -> ofMaster(booking.master()))
                .filter(booking -> !booking.date().isAfter(query.to()))
                .forEach(booking -> last.merge(booking.client(), booking.date(),
                        (a, b) -> a.isAfter(b) ? a : b));
        long lost = last.values().stream().filter(date -> inRange(date.plusDays(lostAfterDays))).count();
        BigDecimal revenue = sales().stream().map(PlainRows.Sale::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return clients + " | " + fresh + " | " + visits.size() + " | " + money(revenue) + " | " + sales().size()
                + " | " + lost;
    }

    /** "master/service" → "done | sales | commission". */
    Map<String, String> commissions(Map<Long, BigDecimal> percents, Map<Long, BigDecimal> fixed) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (PlainRows.Sale sale : sales()) {
            for (PlainRows.Line line : rows.lines()) {
                if (line.checkout() == sale.id() && line.kind().equals("SERVICE")) {
                    String key = rows.booking(sale.booking()).master() + "/" + line.service();
                    BigDecimal commission = fixed.getOrDefault(line.service(), BigDecimal.ZERO)
                            .multiply(BigDecimal.valueOf(line.quantity()));
                    BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO});
                    sum[0] = sum[0].add(BigDecimal.valueOf(line.quantity()));
                    sum[1] = sum[1].add(line.amount());
                    sum[2] = sum[2].add(commission);
                }
            }
        }
        Map<String, String> result = new TreeMap<>();
        // A percent is of the master's sum of the service's lines, rounded once.
        sums.forEach((k, s) -> {
            long service = Long.parseLong(k.substring(k.indexOf('/') + 1));
            BigDecimal commission = percents.containsKey(service) ? s[1].multiply(percents.get(service))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP) : s[2];
            result.put(k, s[0] + " | " + money(s[1]) + " | " + money(commission));
        });
        return result;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, String> joined(Map<String, BigDecimal> amounts, Map<String, Integer> counts) {
        Map<String, String> result = new TreeMap<>();
        amounts.forEach((key, amount) -> result.put(key, money(amount) + " | " + counts.get(key)));
        return result;
    }
}
