package org.salondesk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.salondesk.report.AttendanceLine;
import org.salondesk.report.ClientFigures;
import org.salondesk.report.MethodLine;
import org.salondesk.report.OccupancyLine;
import org.salondesk.report.Payroll;
import org.salondesk.report.Period;
import org.salondesk.report.ReportQuery;
import org.salondesk.report.ReportService;
import org.salondesk.report.RevenueLine;

/**
 * The reports over {@link BenchSalon}'s whole past year (≈ 175 000 completed bookings with their checkouts, lines and
 * payments, 40 masters): the widest range a branch asks, each report as the Reports screen reads it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReportBenchmark {

    private BenchSalon salon;
    private ReportQuery year;

    @Setup
    public void open() {
        salon = BenchSalon.open();
        year = new ReportQuery(salon.branch, BenchSalon.TODAY.minusDays(BenchSalon.DAYS_BACK),
                BenchSalon.TODAY.minusDays(1), null);
    }

    @TearDown
    public void close() {
        salon.desk.close();
    }

    private ReportService reports() {
        return salon.desk.reports();
    }

    @Benchmark
    public List<RevenueLine> revenueByWeek() {
        return reports().revenueByPeriod(year, Period.WEEK);
    }

    @Benchmark
    public List<RevenueLine> revenueByMaster() {
        return reports().revenueByMaster(year);
    }

    @Benchmark
    public List<RevenueLine> revenueByCategory() {
        return reports().revenueByCategory(year);
    }

    @Benchmark
    public List<MethodLine> paymentsByMethod() {
        return reports().paymentsByMethod(year);
    }

    @Benchmark
    public List<OccupancyLine> occupancy() {
        return reports().occupancy(year);
    }

    @Benchmark
    public List<AttendanceLine> noShowsByChannel() {
        return reports().attendanceByChannel(year);
    }

    @Benchmark
    public ClientFigures clients() {
        return reports().clients(year, ReportService.DEFAULT_LOST_AFTER_DAYS);
    }

    @Benchmark
    public Payroll payroll() {
        return reports().payroll(year);
    }
}
