package org.salondesk.bench;

import java.io.Writer;
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
import org.salondesk.availability.MasterSchedule;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestSummary;
import org.salondesk.booking.RequestsCsv;
import org.salondesk.client.ClientCard;

/**
 * The scale targets of issue 14 on {@link ChainSalon} (3 branches, 120 masters, 1 000 320 bookings, 200 000
 * clients), each as the screen or the booking functions call it:
 * <pre>mvn -Pbench -DskipTests compile exec:exec@bench -Dbench.args="ChainBenchmark"</pre>
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
    /** What the desk types into the clients search, in turn. */
    private static final String[] SEARCHES = {"4827", "271", "8 916 48", "Кузн", "кузнецова", "ИВАНОВ", "анна смир",
        "Ё", "client1234", "example.ru", "", "99"};

    private ChainSalon salon;
    private List<Long> service;
    private long card = 1;
    private int pageCall;
    private int nextPageCall;
    private int searchCall;

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
        Map<Long, MasterSchedule> schedules = salon.desk.availability().schedules(branch, null, day, day);
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

    /**
     * Any page of any sort order jumped to by its number (the summary, then the page counted from the nearer end of
     * the list): each call the next of the first, middle and last pages of All in each of the 14 orders, so the
     * samples cover them all alike. The screen itself pages one page at a time ({@link #nextPageAnywhere()}).
     */
    @Benchmark
    public List<RequestRow> anyPageOfAnyOrder() {
        int next = pageCall++;
        RequestSort.Column column = RequestSort.Column.values()[next % RequestSort.Column.values().length];
        boolean ascending = (next / RequestSort.Column.values().length) % 2 == 0;
        int where = (next / (2 * RequestSort.Column.values().length)) % 3;
        var queries = salon.desk.requestQueries();
        long total = queries.summary(RequestFilter.all()).total();
        long lastPage = (total - 1) / 100;
        int page = (int) (where == 0 ? 0 : where == 1 ? lastPage / 2 : lastPage);
        return queries.page(RequestFilter.all(), new RequestSort(column, ascending), page * 100, 100, total);
    }

    /**
     * The requests screen paging forward or back from the page it shows (the summary, then the page next to its last
     * or first row): each call from a booking elsewhere in the list, in the next of the 14 orders, alternately
     * forward and back, so the samples cover every depth and order alike.
     */
    @Benchmark
    public Object nextPageAnywhere() {
        int next = nextPageCall++;
        RequestSort.Column column = RequestSort.Column.values()[next % RequestSort.Column.values().length];
        boolean ascending = (next / RequestSort.Column.values().length) % 2 == 0;
        long anchor = 1 + (next * (long) CARD_STEP * 127) % ChainSalon.BOOKINGS;
        var queries = salon.desk.requestQueries();
        RequestSummary summary = queries.summary(RequestFilter.all());
        return List.of(summary, queries.pageNextTo(RequestFilter.all(), new RequestSort(column, ascending), anchor,
                next % 2 == 0, false, 100).orElseThrow());
    }

    /**
     * The clients screen's search as typed, a different text each call (the first page of 50 and the count):
     * middle parts of a phone, a phone typed the Russian way, the start of a surname or a name in any case, name and
     * surname together, a part of an email, and nothing (everyone, in order).
     */
    /**
     * The CSV export of All sorted by client, every one of the million rows, into nothing (the file's writing is not
     * what is measured): each page is read from the last row of the one before.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public long exportAll() {
        return new RequestsCsv(salon.desk.requestQueries()).export(RequestFilter.all(),
                new RequestSort(RequestSort.Column.CLIENT, true), Writer.nullWriter(), rows -> { });
    }

    @Benchmark
    public Object clientSearch() {
        String text = SEARCHES[searchCall++ % SEARCHES.length];
        return List.of(salon.desk.clients().search(text, 0, 50), salon.desk.clients().count(text));
    }
}
