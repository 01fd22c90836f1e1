package org.salondesk;

import static org.salondesk.access.StaffRole.ADMIN;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.salondesk.access.StaffRole;
import org.salondesk.catalog.PayRates;
import org.salondesk.report.Period;
import org.salondesk.report.ReportQuery;

/** The role table's reports line (admin only) and the pay rates, which are the catalogue's (admin edits). */
final class ReportRoleCases {

    private static final Set<StaffRole> A = EnumSet.of(ADMIN);

    private ReportRoleCases() {
    }

    static List<RoleCases.Operation> all() {
        return List.of(
                op("the revenue report", (d, p, me) -> d.reports().revenueByPeriod(week(p), Period.DAY)),
                op("the payroll report", (d, p, me) -> d.reports().payroll(week(p))),
                op("the occupancy report", (d, p, me) -> d.reports().occupancy(week(p))),
                op("a service's commission", (d, p, me) -> d.payRates().setCommission(fixture(p).salon().haircut,
                        PayRates.Commission.percent(BigDecimal.TEN))),
                op("a master's daily rate", (d, p, me) -> d.payRates().setDailyRate(fixture(p).salon().pavel,
                        BigDecimal.TEN)));
    }

    private static ReportQuery week(Object prepared) {
        RoleCases.Fixture f = fixture(prepared);
        return new ReportQuery(f.salon().branch, f.today().minusDays(6), f.today(), null);
    }

    private static RoleCases.Fixture fixture(Object prepared) {
        return (RoleCases.Fixture) prepared;
    }

    private static RoleCases.Operation op(String name, RoleCases.Call call) {
        return new RoleCases.Operation(name, A, f -> f, call);
    }
}
