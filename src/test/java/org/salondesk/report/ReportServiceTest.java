package org.salondesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.report.ReportSalon.DAY1;
import static org.salondesk.report.ReportSalon.DAY2;
import static org.salondesk.report.ReportSalon.DAY3;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports over three days of the small salon lived through the desk (checkouts, refunds, cancellations,
 * no-shows): every figure ReportService sums in SQL agrees with the same report computed in plain Java from the
 * rows, for the whole range, a part of it and one master; a few totals are also written here by hand.
 */
class ReportServiceTest {

    private static final Map<Long, BigDecimal> PERCENTS = new TreeMap<>();
    private static final Map<Long, BigDecimal> FIXED = new TreeMap<>();
    private static ReportSalon at;
    private static PlainRows rows;

    @BeforeAll
    static void liveThreeDays() {
        at = new ReportSalon();
        rows = PlainRows.of(at.database());
        PERCENTS.put(at.salon.haircut, new BigDecimal("40"));
        FIXED.put(at.salon.manicure, new BigDecimal("500"));
    }

    @AfterAll
    static void close() {
        if (at != null) {
            at.close();
        }
    }

    @Test
    void everyReportAgreesWithThePlainComputation() {
        for (ReportQuery query : List.of(at.query(DAY1, DAY3, null), at.query(DAY2, DAY3, null),
                at.query(DAY1, DAY2, at.salon.olga), at.query(DAY1, DAY1, at.salon.pavel))) {
            IndependentReports plain = new IndependentReports(rows, query);
            ReportService reports = at.desk.reports();

            for (Period period : Period.values()) {
                assertThat(lines(reports.revenueByPeriod(query, period), RevenueLine::name))
                        .as("%s by %s", query, period)
                        .isEqualTo(plain.revenueBy(sale -> period.start(sale.date()).toString()));
            }
            assertThat(lines(reports.revenueByMaster(query), line -> line.id().toString()))
                    .isEqualTo(plain.revenueBy(plain::masterOf));
            assertThat(lines(reports.revenueByService(query), ReportServiceTest::serviceKey))
                    .isEqualTo(plain.revenueByLine(Object::toString));
            // No service of the small salon has a category: all of them are one line.
            assertThat(lines(reports.revenueByCategory(query), ReportServiceTest::serviceKey))
                    .isEqualTo(plain.revenueByLine(service -> "null"));
            Map<String, String> methods = new TreeMap<>();
            reports.paymentsByMethod(query).forEach(line -> methods.put(line.method().name(),
                    line.paid().toPlainString() + " | " + line.refunded().toPlainString() + " | " + line.payments()));
            assertThat(methods).as("payments %s", query).isEqualTo(plain.payments());

            for (OccupancyLine line : reports.occupancy(query)) {
                assertThat(line.bookedMinutes()).isEqualTo(plain.bookedMinutes(line.masterId()));
            }
            Map<String, String> byMaster = new TreeMap<>();
            reports.attendanceByMaster(query).forEach(line -> byMaster.put(line.name(), counts(line)));
            assertThat(byMaster).isEqualTo(plain.attendanceBy(booking -> booking.master() == at.salon.olga
                    ? "Ольга" : "Павел"));
            Map<String, String> byChannel = new TreeMap<>();
            reports.attendanceByChannel(query).stream().filter(line -> line.bookings() > 0)
                    .forEach(line -> byChannel.put(line.name(), counts(line)));
            assertThat(byChannel).isEqualTo(plain.attendanceBy(booking -> booking.source().equals("ONLINE")
                    ? AttendanceLine.ONLINE : AttendanceLine.DESK));
            for (int days : List.of(1, 2, 30)) {
                ClientFigures clients = reports.clients(query, days);
                assertThat(clients.clients() + " | " + clients.newClients() + " | " + clients.visits() + " | "
                        + clients.revenue().toPlainString() + " | " + clients.checkouts() + " | " + clients.lost())
                        .as("clients %s lost after %d", query, days).isEqualTo(plain.clients(days));
            }
            Map<String, String> commissions = new TreeMap<>();
            reports.payroll(query).commissions().forEach(line -> commissions.put(line.masterId() + "/"
                    + line.serviceId(), line.done() + " | " + line.sales().toPlainString() + " | "
                    + line.commission().toPlainString()));
            assertThat(commissions).isEqualTo(plain.commissions(PERCENTS, FIXED));
        }
    }

    @Test
    void theFiguresOfTheThreeDaysAsCountedByHand() {
        ReportQuery all = at.query(DAY1, DAY3, null);
        ReportService reports = at.desk.reports();

        // 1 620 + 2 100 on day 1; 2 150.50 + 4 000 on day 2 (the tip of 200 apart).
        assertThat(reports.revenueByPeriod(all, Period.MONTH)).extracting(RevenueLine::amount)
                .containsExactly(new BigDecimal("9870.50"));
        assertThat(reports.paymentsByMethod(all)).extracting(line -> line.method().name() + " "
                + line.net().toPlainString()).containsExactly("CARD 4700.00", "CASH 2970.50", "TRANSFER 2100.00");
        // Ольга works 9:00–18:00, less an hour's break on day 2: 540 + 480 + 540; booked 150 + 150 (day 3 a no-show).
        assertThat(reports.occupancy(all)).filteredOn(line -> line.masterId() == at.salon.olga).singleElement()
                .satisfies(line -> {
                    assertThat(line.workingMinutes()).isEqualTo(1560);
                    assertThat(line.bookedMinutes()).isEqualTo(300);
                    assertThat(line.percent()).isEqualByComparingTo("19.2");
                });
        // Ольга: haircuts 40 % of 1 800 + 1 800 = 1 440, manicures 2 × 500, three days at 1 000.
        Payroll pay = reports.payroll(all);
        assertThat(pay.totals()).containsEntry(at.salon.olga, new BigDecimal("5440.00"))
                .containsEntry(at.salon.pavel, new BigDecimal("600.00"));
        assertThat(pay.dailyRates()).singleElement().extracting(DailyPay::days).isEqualTo(3);
        assertThat(reports.attendanceByChannel(all)).extracting(AttendanceLine::name, AttendanceLine::noShowPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DESK", new BigDecimal("0.0")),
                        org.assertj.core.groups.Tuple.tuple("ONLINE", new BigDecimal("100.0")));
        ClientFigures clients = reports.clients(at.query(DAY2, DAY3, null), 30);
        assertThat(clients.returning()).isEqualTo(2);
        assertThat(clients.averageTicket()).isEqualByComparingTo("3075.25");
    }

    private static String counts(AttendanceLine line) {
        return line.bookings() + " | " + line.cancelled() + " | " + line.noShows();
    }

    static String serviceKey(RevenueLine line) {
        return switch (line.kind()) {
            case PRODUCTS -> "products";
            case DISCOUNTS -> "discounts";
            case ITEM -> String.valueOf(line.id());
        };
    }

    static Map<String, String> lines(List<RevenueLine> lines, Function<RevenueLine, String> key) {
        Map<String, String> result = new TreeMap<>();
        List<String> keys = new ArrayList<>();
        for (RevenueLine line : lines) {
            keys.add(key.apply(line));
            result.put(key.apply(line), line.amount().toPlainString() + " | " + line.count());
        }
        assertThat(keys).doesNotHaveDuplicates();
        return result;
    }

}
