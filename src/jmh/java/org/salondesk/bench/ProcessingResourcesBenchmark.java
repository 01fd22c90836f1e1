package org.salondesk.bench;

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
import org.salondesk.availability.VisitPlanner;
import org.salondesk.availability.VisitStep;

/**
 * Availability with processing time and resources on {@link BenchSalon} (≈ 200 000 bookings, H2 file) with
 * {@link BenchResources}: a colour that processes and needs a basin, a massage that needs the one room, and a visit
 * of a cut then a colour. Run with {@code mvn -Pbench -DskipTests compile exec:exec@bench
 * -Dbench.args="ProcessingResourcesBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ProcessingResourcesBenchmark {

    private static final LocalDate WEEK_AHEAD = BenchSalon.TODAY.plusDays(7);

    private BenchSalon salon;
    private List<Long> colour;
    private List<Long> massage;
    private List<VisitStep> cutThenColour;

    @Setup(Level.Trial)
    public void open() {
        salon = BenchSalon.open();
        long[] ids = BenchInternals.database(salon.desk).withConnection(connection -> BenchResources.addIfMissing(
                connection, salon.branch, BenchSalon.TODAY, BenchSalon.TODAY.plusDays(BenchSalon.DAYS_AHEAD)));
        colour = List.of(ids[0]);
        massage = List.of(ids[1]);
        cutThenColour = List.of(new VisitStep(List.of(salon.service), null), new VisitStep(colour, null));
    }

    @TearDown(Level.Trial)
    public void close() {
        salon.desk.close();
    }

    /** get_slots_for_booking of the colour: a week ahead, any master (40), processing and a basin. */
    @Benchmark
    public List<LocalTime> colourSlotsAnyMaster() {
        return salon.desk.booking().getSlotsForBooking(salon.branch, colour, WEEK_AHEAD, null, null);
    }

    /** get_slots_for_booking of the massage: a week ahead, any master, the one massage room. */
    @Benchmark
    public List<LocalTime> massageSlotsAnyMaster() {
        return salon.desk.booking().getSlotsForBooking(salon.branch, massage, WEEK_AHEAD, null, null);
    }

    /** get_dates_for_booking of the colour: 14 days, any master. */
    @Benchmark
    public List<LocalDate> colourDatesAnyMaster() {
        return salon.desk.booking().getDatesForBooking(salon.branch, colour, null, 14, null);
    }

    /** A visit of a cut then a colour, any masters: every start of a day a week ahead. */
    @Benchmark
    public List<VisitPlanner.VisitOffer> cutThenColourVisitOffers() {
        return salon.desk.booking().visits().offers(salon.branch, cutThenColour, false, WEEK_AHEAD, null);
    }
}
