package org.salondesk.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;

/**
 * What the requests screen reads when it opens on "All" over {@link BenchSalon}'s ≈ 200 000 bookings: the first page,
 * the total, the counts per status and the number of new requests (the four queries of one reload).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RequestListBenchmark {

    private BenchSalon salon;

    /** The rows, total and counts one opening of the list reads. */
    public record Opened(List<RequestRow> page, long total, Map<BookingStatus, Long> counts, long newOnes) {
    }

    @Setup
    public void open() {
        salon = BenchSalon.open();
    }

    @TearDown
    public void close() {
        salon.desk.close();
    }

    @Benchmark
    public Opened openAll() {
        RequestFilter all = RequestFilter.all();
        var queries = salon.desk.requestQueries();
        return new Opened(queries.page(all, RequestSort.byDateTime(), 0, 100), queries.count(all),
                queries.countsByStatus(all),
                queries.count(new RequestFilter(null, null, Set.of(BookingStatus.NEW), null, null, null)));
    }

    @Benchmark
    public List<RequestRow> firstPageOfAll() {
        return salon.desk.requestQueries().page(RequestFilter.all(), RequestSort.byDateTime(), 0, 100);
    }

    @Benchmark
    public long countAll() {
        return salon.desk.requestQueries().count(RequestFilter.all());
    }

    @Benchmark
    public Map<BookingStatus, Long> countsByStatusOfAll() {
        return salon.desk.requestQueries().countsByStatus(RequestFilter.all());
    }

    @Benchmark
    public List<RequestRow> lastPageOfAllByClient() {
        return salon.desk.requestQueries().page(RequestFilter.all(),
                new RequestSort(RequestSort.Column.CLIENT, false), 204_400, 100);
    }
}
