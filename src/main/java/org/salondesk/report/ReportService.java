package org.salondesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.persistence.Database;

/**
 * The reports of issue 17 for a branch, a date range and optionally one master (decision 0031): every figure is
 * summed by the database; working time is the availability service's. Admin only ({@link Act#REPORTS}).
 */
public final class ReportService {

    /** Clients are lost after this many days without a visit, unless asked otherwise. */
    public static final int DEFAULT_LOST_AFTER_DAYS = 90;
    public static final Bounds LOST_AFTER_DAYS = Bounds.whole("fieldName.lostAfterDays", 1, 3650);

    private final Database database;
    private final AvailabilityService availability;
    private final CurrentStaff currentStaff;
    private final RevenueQueries revenue = new RevenueQueries();
    private final VisitQueries visits = new VisitQueries();
    private final PayrollQueries payroll = new PayrollQueries();

    public ReportService(Database database, AvailabilityService availability, CurrentStaff currentStaff) {
        this.database = database;
        this.availability = availability;
        this.currentStaff = currentStaff;
    }

    public List<RevenueLine> revenueByPeriod(ReportQuery query, Period period) {
        Require.present(period, "field.period");
        return read(connection -> revenue.byPeriod(connection, query, period));
    }

    public List<RevenueLine> revenueByMaster(ReportQuery query) {
        return read(connection -> revenue.byMaster(connection, query));
    }

    public List<RevenueLine> revenueByService(ReportQuery query) {
        return read(connection -> revenue.byService(connection, query));
    }

    public List<RevenueLine> revenueByCategory(ReportQuery query) {
        return read(connection -> revenue.byCategory(connection, query));
    }

    public List<MethodLine> paymentsByMethod(ReportQuery query) {
        return read(connection -> revenue.byMethod(connection, query));
    }

    /** Every master of the branch (or the one asked) who worked or was booked in the period. */
    public List<OccupancyLine> occupancy(ReportQuery query) {
        currentStaff.require(Act.REPORTS);
        Map<Long, Map<LocalDate, Integer>> working = availability.workingMinutes(query.branchId(), query.masterId(),
                query.from(), query.to());
        return read(connection -> {
            Map<Long, Long> booked = visits.bookedMinutes(connection, query);
            List<OccupancyLine> lines = new ArrayList<>();
            Names.masters(connection, query.branchId()).forEach((id, name) -> {
                long workMinutes = working.getOrDefault(id, Map.of()).values().stream().mapToLong(m -> m).sum();
                long bookedMinutes = booked.getOrDefault(id, 0L);
                if ((query.masterId() == null || query.masterId() == id) && (workMinutes > 0 || bookedMinutes > 0)) {
                    lines.add(new OccupancyLine(id, name, bookedMinutes, workMinutes));
                }
            });
            return lines;
        });
    }

    public List<AttendanceLine> attendanceByMaster(ReportQuery query) {
        return read(connection -> visits.byMaster(connection, query));
    }

    public List<AttendanceLine> attendanceByChannel(ReportQuery query) {
        return read(connection -> visits.byChannel(connection, query));
    }

    public ClientFigures clients(ReportQuery query, int lostAfterDays) {
        int days = Require.within(lostAfterDays, LOST_AFTER_DAYS);
        return read(connection -> visits.clients(connection, query, days, revenue.total(connection, query)));
    }

    /** Commissions per master and service, and daily rates times the schedule's working days in the period. */
    public Payroll payroll(ReportQuery query) {
        currentStaff.require(Act.REPORTS);
        Map<Long, Map<LocalDate, Integer>> working = availability.workingMinutes(query.branchId(), query.masterId(),
                query.from(), query.to());
        return read(connection -> {
            Map<Long, String> names = Names.masters(connection, query.branchId());
            List<DailyPay> daily = new ArrayList<>();
            for (Map.Entry<Long, BigDecimal> rate : payroll.dailyRates(connection, query).entrySet()) {
                long days = working.getOrDefault(rate.getKey(), Map.of()).values().stream()
                        .filter(minutes -> minutes > 0).count();
                daily.add(new DailyPay(rate.getKey(), names.get(rate.getKey()), (int) days, rate.getValue()));
            }
            return new Payroll(payroll.commissions(connection, query), daily);
        });
    }

    private <T> T read(Database.SqlWork<T> work) {
        currentStaff.require(Act.REPORTS);
        return database.withConnection(work);
    }
}
