package org.salondesk.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.salondesk.BenchInternals;
import org.salondesk.booking.BookingInfo;

/**
 * The booking functions on {@link BenchSalon} (≈ 200 000 bookings, H2 file), next to the bare JDBC query that reads
 * the same booking rows each availability call needs: the availability work should cost at most twice the read.
 * Run with {@code mvn -Pbench -DskipTests compile exec:exec@bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AvailabilityBenchmark {

    /** The bookings query of AvailabilityLoader, for a branch and a date range. */
    private static final String BOOKINGS = "select id, employee_id, booking_date, start_time, duration_minutes, status"
            + " from booking where branch_id = ? and booking_date between ? and ? and status <> 'CANCELLED'";

    private BenchSalon salon;
    private List<Long> service;
    private int created;

    @Setup(Level.Trial)
    public void open() {
        salon = BenchSalon.open();
        salon.forgetCreatedBookings();
        service = List.of(salon.service);
    }

    @TearDown(Level.Trial)
    public void close() {
        salon.forgetCreatedBookings();
        salon.desk.close();
    }

    /** get_slots_for_booking: one date a week ahead, any master (40 eligible). */
    @Benchmark
    public List<LocalTime> slotsAnyMaster() {
        return salon.desk.booking().getSlotsForBooking(salon.branch, service, BenchSalon.TODAY.plusDays(7), null,
                null);
    }

    /** get_dates_for_booking: 14 days from today, any master. */
    @Benchmark
    public List<LocalDate> datesAnyMaster() {
        return salon.desk.booking().getDatesForBooking(salon.branch, service, null, 14, null);
    }

    /** create_booking with a given master, each call on the next free half hour of the empty days. */
    @Benchmark
    public BookingInfo createBooking() {
        int next = created++;
        int perDay = salon.masters.size() * 24;
        LocalDate date = BenchSalon.FIRST_EMPTY_DAY.plusDays(next / perDay);
        long master = salon.masters.get((next / 24) % salon.masters.size());
        LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * (next % 24));
        return salon.desk.booking().createBooking(salon.branch, service, date, time, master, salon.client);
    }

    /** The bare read of the booking rows get_slots_for_booking needs (one date, the branch). */
    @Benchmark
    public long bareQueryOneDay() {
        LocalDate date = BenchSalon.TODAY.plusDays(7);
        return bare(date, date);
    }

    /** The bare read of the booking rows get_dates_for_booking needs (14 days, the branch). */
    @Benchmark
    public long bareQueryFourteenDays() {
        return bare(BenchSalon.TODAY, BenchSalon.TODAY.plusDays(13));
    }

    private long bare(LocalDate from, LocalDate to) {
        return BenchInternals.database(salon.desk).withConnection(connection -> {
            long sum = 0;
            try (PreparedStatement statement = connection.prepareStatement(BOOKINGS)) {
                statement.setLong(1, salon.branch);
                statement.setObject(2, from);
                statement.setObject(3, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sum += rows.getLong(1) + rows.getLong(2) + rows.getObject(3, LocalDate.class).getDayOfMonth()
                                + rows.getObject(4, LocalTime.class).getHour() + rows.getInt(5)
                                + rows.getString(6).length();
                    }
                }
            }
            return sum;
        });
    }
}
