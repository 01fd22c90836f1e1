package org.salondesk.ui.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.salondesk.i18n.Messages;
import org.salondesk.report.AttendanceLine;
import org.salondesk.report.ClientFigures;
import org.salondesk.report.DailyPay;
import org.salondesk.report.MethodLine;
import org.salondesk.report.OccupancyLine;
import org.salondesk.report.PayLine;
import org.salondesk.report.Payroll;
import org.salondesk.report.Period;
import org.salondesk.report.ReportQuery;
import org.salondesk.report.ReportService;
import org.salondesk.report.RevenueLine;

/** Asks the report service for one report and lays its answer out as a table and a chart's points. */
final class ReportTables {

    private final ReportService reports;

    ReportTables(ReportService reports) {
        this.reports = reports;
    }

    ReportTable of(ReportKind kind, ReportQuery query, int lostAfterDays) {
        return switch (kind) {
            case REVENUE_BY_DAY -> revenue(kind, reports.revenueByPeriod(query, Period.DAY), "report.col.period");
            case REVENUE_BY_WEEK -> revenue(kind, reports.revenueByPeriod(query, Period.WEEK), "report.col.week");
            case REVENUE_BY_MONTH -> revenue(kind, reports.revenueByPeriod(query, Period.MONTH), "report.col.month");
            case REVENUE_BY_MASTER -> revenue(kind, reports.revenueByMaster(query), "report.col.master");
            case REVENUE_BY_SERVICE -> revenue(kind, reports.revenueByService(query), "report.col.service");
            case REVENUE_BY_CATEGORY -> revenue(kind, reports.revenueByCategory(query), "report.col.category");
            case PAYMENTS -> payments(reports.paymentsByMethod(query));
            case OCCUPANCY -> occupancy(reports.occupancy(query));
            case NO_SHOWS_BY_MASTER -> attendance(kind, reports.attendanceByMaster(query), false);
            case NO_SHOWS_BY_CHANNEL -> attendance(kind, reports.attendanceByChannel(query), true);
            case CLIENTS -> clients(reports.clients(query, lostAfterDays));
            case PAYROLL -> payroll(reports.payroll(query));
        };
    }

    private static ReportTable revenue(ReportKind kind, List<RevenueLine> lines, String nameKey) {
        Builder table = new Builder(kind).text(nameKey).figure("report.col.count").figure("report.col.amount");
        BigDecimal total = BigDecimal.ZERO;
        for (RevenueLine line : lines) {
            String name = switch (line.kind()) {
                case PRODUCTS -> Messages.get("report.products");
                case DISCOUNTS -> Messages.get("report.discounts");
                case ITEM -> line.name() == null ? Messages.get("report.none") : line.name();
            };
            table.row(name, Long.toString(line.count()), money(line.amount())).point(name, line.amount());
            total = total.add(line.amount());
        }
        return table.row(Messages.get("report.total"), "", money(total)).build();
    }

    private static ReportTable payments(List<MethodLine> lines) {
        Builder table = new Builder(ReportKind.PAYMENTS).text("report.col.method").figure("report.col.count")
                .figure("report.col.paid").figure("report.col.refunded").figure("report.col.net");
        for (MethodLine line : lines) {
            String method = Messages.get("report.method." + line.method().name());
            table.row(method, Long.toString(line.payments()), money(line.paid()), money(line.refunded()),
                    money(line.net())).point(method, line.net());
        }
        return table.build();
    }

    private static ReportTable occupancy(List<OccupancyLine> lines) {
        Builder table = new Builder(ReportKind.OCCUPANCY).text("report.col.master").figure("report.col.booked")
                .figure("report.col.working").figure("report.col.percent");
        for (OccupancyLine line : lines) {
            table.row(line.master(), hours(line.bookedMinutes()), hours(line.workingMinutes()),
                    line.percent().toPlainString()).point(line.master(), line.percent());
        }
        return table.build();
    }

    private static ReportTable attendance(ReportKind kind, List<AttendanceLine> lines, boolean channels) {
        Builder table = new Builder(kind).text(channels ? "report.col.channel" : "report.col.master")
                .figure("report.col.bookings").figure("report.col.cancelled").figure("report.col.cancelledPercent")
                .figure("report.col.noShows").figure("report.col.noShowPercent");
        for (AttendanceLine line : lines) {
            String name = channels ? Messages.get("report.channel." + line.name()) : line.name();
            table.row(name, Long.toString(line.bookings()), Long.toString(line.cancelled()),
                    line.cancelledPercent().toPlainString(), Long.toString(line.noShows()),
                    line.noShowPercent().toPlainString()).point(name, line.noShowPercent());
        }
        return table.build();
    }

    private static ReportTable clients(ClientFigures figures) {
        Builder table = new Builder(ReportKind.CLIENTS).text("report.col.figure").figure("report.col.value");
        figure(table, "report.clients.came", BigDecimal.valueOf(figures.clients()), true);
        figure(table, "report.clients.new", BigDecimal.valueOf(figures.newClients()), true);
        figure(table, "report.clients.returning", BigDecimal.valueOf(figures.returning()), true);
        figure(table, "report.clients.visits", BigDecimal.valueOf(figures.visits()), false);
        figure(table, "report.clients.visitsPerClient", figures.visitsPerClient(), false);
        figure(table, "report.clients.averageTicket", figures.averageTicket(), false);
        table.row(Messages.get("report.clients.lost", figures.lostAfterDays()), Long.toString(figures.lost()))
                .point(Messages.get("report.clients.lost", figures.lostAfterDays()),
                        BigDecimal.valueOf(figures.lost()));
        return table.build();
    }

    private static void figure(Builder table, String key, BigDecimal value, boolean charted) {
        table.row(Messages.get(key), value.toPlainString());
        if (charted) {
            table.point(Messages.get(key), value);
        }
    }

    private static ReportTable payroll(Payroll payroll) {
        Builder table = new Builder(ReportKind.PAYROLL).text("report.col.master").text("report.col.service")
                .figure("report.col.count").figure("report.col.sales").figure("report.col.earned");
        for (PayLine line : payroll.commissions()) {
            table.row(line.master(), line.service(), Long.toString(line.done()), money(line.sales()),
                    money(line.commission()));
        }
        for (DailyPay pay : payroll.dailyRates()) {
            table.row(pay.master(), Messages.get("report.dailyRate", money(pay.rate())), Integer.toString(pay.days()),
                    "", money(pay.amount()));
        }
        Map<Long, BigDecimal> totals = payroll.totals();
        for (Map.Entry<Long, BigDecimal> total : totals.entrySet()) {
            String master = payroll.commissions().stream().filter(line -> line.masterId() == total.getKey())
                    .map(PayLine::master).findFirst().orElseGet(() -> payroll.dailyRates().stream()
                            .filter(pay -> pay.masterId() == total.getKey()).map(DailyPay::master).findFirst()
                            .orElse(""));
            table.row(master, Messages.get("report.total"), "", "", money(total.getValue()))
                    .point(master, total.getValue());
        }
        return table.build();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String hours(long minutes) {
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    /** Collects a table's columns, rows and points. */
    private static final class Builder {
        private final ReportKind kind;
        private final List<String> headers = new ArrayList<>();
        private final List<Boolean> figures = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<ReportTable.Point> points = new ArrayList<>();

        Builder(ReportKind kind) {
            this.kind = kind;
        }

        Builder text(String headerKey) {
            headers.add(Messages.get(headerKey));
            figures.add(false);
            return this;
        }

        Builder figure(String headerKey) {
            headers.add(Messages.get(headerKey));
            figures.add(true);
            return this;
        }

        Builder row(String... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        Builder point(String label, BigDecimal value) {
            points.add(new ReportTable.Point(label, value));
            return this;
        }

        ReportTable build() {
            return new ReportTable(kind, headers, figures, rows, points);
        }
    }
}
