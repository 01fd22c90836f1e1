package org.salondesk.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestSummary;
import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientRow;

/**
 * The scale targets of issue 14 on {@link ChainSalon} (3 branches, 120 masters, 1 000 320 bookings, 200 000
 * clients), each as the screen or the booking functions call it:
 * <pre>mvn -Pbench -DskipTests compile exec:exec@bench -Dbench.args="ChainBenchmark"</pre>
 * Pages of every sort order are in {@link ChainPagesBenchmark}; the client search in {@link ChainSearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ChainBenchmark {

    /** The client card is opened for clients spread over the whole range, one after another. */
    private static final int CARD_STEP = 7_919;

    private ChainSalon salon;
    private List<Long> service;
    private long card = 1;

    @Setup
    public void open() {
        salon = ChainSalon.open();
        service = List.of(salon.shortService.get(0));
    }

    @TearDown
    public void close() {
        salon.desk.close();
    }

    /** get_slots_for_booking: one date a week ahead, any master of the first branch (40 eligible). */
    @Benchmark
    public List<LocalTime> slotsAnyMaster() {
        return salon.desk.booking().getSlotsForBooking(salon.branches.get(0), service, ChainSalon.TODAY.plusDays(7),
                null, null);
    }

    /** get_dates_for_booking: 14 days from today, any master of the first branch. */
    @Benchmark
    public List<LocalDate> datesAnyMaster() {
        return salon.desk.booking().getDatesForBooking(salon.branches.get(0), service, null, 14, null);
    }

    /** What the calendar reads for one day of a 40-master branch: the day's bookings and the masters' schedules. */
    @Benchmark
    public Object calendarDay() {
        long branch = salon.branches.get(0);
        LocalDate day = ChainSalon.TODAY.plusDays(1);
        List<BookingSummary> bookings = salon.desk.bookingQueries().forCalendar(branch, day, day);
        Map<Long, EmployeeSchedule> schedules = salon.desk.availability().schedules(branch, null, day, day);
        return List.of(bookings, schedules);
    }

    /** The requests screen opening on All: the first page, the total, the counts per status, the new ones. */
    @Benchmark
    public Object openAll() {
        var queries = salon.desk.requestQueries();
        RequestFilter all = RequestFilter.all();
        List<RequestRow> page = queries.page(all, RequestSort.byDateTime(), 0, 100);
        RequestSummary summary = queries.summary(all);
        return List.of(page, summary);
    }

    /** The client card of one client (about five bookings each), a different client each call. */
    @Benchmark
    public ClientCard clientCard() {
        card = 1 + (card + CARD_STEP) % ChainSalon.CLIENTS;
        return salon.desk.clients().card(card);
    }

    /** The clients screen's first page for a typed surname's start (thousands match). */
    @Benchmark
    public List<ClientRow> clientSearchSurname() {
        return salon.desk.clients().search("Кузн", 0, 100);
    }
}
