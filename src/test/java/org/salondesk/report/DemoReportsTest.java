package org.salondesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The reports on the demo salon (its past paid for by its checkouts): each branch's revenue, payments, occupancy,
 * no-shows and clients as ReportService sums them agree with the same reports computed in plain Java from its rows.
 */
class DemoReportsTest {

    @Test
    void everyReportOfEachDemoBranchAgreesWithThePlainComputation() {
        MutableClock clock = TestToday.at(12, 30);
        LocalDate today = TestToday.date();
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            desk.seedDemoIfEmpty();
            ReportService reports = desk.reports();
            for (CompanyInfo branch : desk.booking().getCompaniesForBooking()) {
                PlainRows rows = PlainRows.ofBranch(DeskInternals.database(desk), branch.id());
                ReportQuery query = new ReportQuery(branch.id(), today.minusDays(DemoSalon.DAYS_BACK),
                        today.minusDays(1), null);
                IndependentReports plain = new IndependentReports(rows, query);
                assertThat(rows.checkouts()).as("the demo's past is paid for").hasSizeGreaterThan(100);

                for (Period period : Period.values()) {
                    assertThat(ReportServiceTest.lines(reports.revenueByPeriod(query, period), RevenueLine::name))
                            .as("%s by %s", branch.name(), period)
                            .isEqualTo(plain.revenueBy(sale -> period.start(sale.date()).toString()));
                }
                assertThat(ReportServiceTest.lines(reports.revenueByMaster(query), line -> line.id().toString()))
                        .isEqualTo(plain.revenueBy(plain::masterOf));
                assertThat(ReportServiceTest.lines(reports.revenueByService(query), ReportServiceTest::serviceKey))
                        .isEqualTo(plain.revenueByLine(Object::toString));
                Map<String, String> methods = new TreeMap<>();
                reports.paymentsByMethod(query).forEach(line -> methods.put(line.method().name(),
                        line.paid().toPlainString() + " | " + line.refunded().toPlainString() + " | "
                                + line.payments()));
                assertThat(methods).isEqualTo(plain.payments());
                for (OccupancyLine line : reports.occupancy(query)) {
                    assertThat(line.bookedMinutes()).as(line.master()).isEqualTo(plain.bookedMinutes(line.masterId()));
                }
                Map<String, String> byChannel = new TreeMap<>();
                reports.attendanceByChannel(query).stream().filter(line -> line.bookings() > 0)
                        .forEach(line -> byChannel.put(line.name(), line.bookings() + " | " + line.cancelled()
                                + " | " + line.noShows()));
                assertThat(byChannel).isEqualTo(plain.attendanceBy(booking -> booking.source().equals("ONLINE")
                        ? AttendanceLine.ONLINE : AttendanceLine.DESK));
                ClientFigures clients = reports.clients(query, 30);
                assertThat(clients.clients() + " | " + clients.newClients() + " | " + clients.visits() + " | "
                        + clients.revenue().toPlainString() + " | " + clients.checkouts() + " | " + clients.lost())
                        .isEqualTo(plain.clients(30));
            }
        }
    }
}
