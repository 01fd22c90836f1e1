package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The request lists on the demo salon: filters, search in any phone format, pages, sorting, counts, CSV. */
class RequestQueriesTest {

    private static final LocalDate TODAY = TestToday.date();
    private static SalonDesk desk;
    private static RequestQueries queries;

    @BeforeAll
    static void demo() {
        MutableClock clock = TestToday.at(10, 0);
        desk = TestDatabases.freshDesk(clock);
        desk.seedDemoIfEmpty();
        queries = desk.requestQueries();
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    private static List<RequestRow> all(RequestFilter filter, RequestSort sort) {
        List<RequestRow> rows = new ArrayList<>();
        queries.forEach(filter, sort, rows::add, done -> { });
        return rows;
    }

    @Test
    void aDatesRequestsAreEveryMastersBookingsOfThatDateOfEveryBranch() {
        RequestFilter date = new RequestFilter(null, null, Set.of(), TODAY.plusDays(2), TODAY.plusDays(2), null);

        List<RequestRow> rows = all(date, RequestSort.byDateTime());

        long expected = desk.booking().getCompaniesForBooking().stream()
                .mapToLong(branch -> desk.bookingQueries().forCalendar(branch.id(), TODAY.plusDays(2),
                        TODAY.plusDays(2)).size()).sum();
        assertThat(rows).hasSize((int) expected).isNotEmpty()
                .allSatisfy(row -> assertThat(row.date()).isEqualTo(TODAY.plusDays(2)));
        assertThat(rows.stream().map(RequestRow::branchId).distinct()).hasSize(2);
        assertThat(queries.count(date)).isEqualTo(expected);
    }

    @Test
    void aPageInTheSecondHalfReadFromTheEndIsThePageReadFromTheStartInEverySortOrder() {
        RequestFilter month = new RequestFilter(null, null, Set.of(), TODAY.minusDays(30), TODAY.plusDays(30), null);
        for (RequestFilter filter : List.of(RequestFilter.all(), month)) {
            long total = queries.summary(filter).total();
            for (RequestSort.Column column : RequestSort.Column.values()) {
                for (boolean ascending : List.of(true, false)) {
                    RequestSort sort = new RequestSort(column, ascending);
                    List<RequestRow> everything = all(filter, sort);
                    assertThat(everything).hasSize((int) total);
                    for (int offset : List.of((int) total - 100, (int) total - 37, (int) total / 2 + 1,
                            (int) total - 1)) {
                        assertThat(queries.page(filter, sort, offset, 100, total)).as("%s from %d", sort, offset)
                                .isEqualTo(everything.subList(offset, (int) Math.min(total, offset + 100L)));
                    }
                }
            }
        }
    }

    @Test
    void thePageNextToABookingIsThePageCountedInEverySortOrder() {
        RequestFilter month = new RequestFilter(null, null, Set.of(), TODAY.minusDays(30), TODAY.plusDays(30), null);
        int size = 37;
        for (RequestFilter filter : List.of(RequestFilter.all(), month)) {
            for (RequestSort.Column column : RequestSort.Column.values()) {
                for (boolean ascending : List.of(true, false)) {
                    RequestSort sort = new RequestSort(column, ascending);
                    List<RequestRow> everything = all(filter, sort);
                    for (int start : List.of(size, everything.size() / 2, everything.size() - 2 * size)) {
                        List<RequestRow> expected = everything.subList(start, start + size);
                        long before = everything.get(start - 1).id();
                        long after = everything.get(start + size).id();
                        assertThat(queries.pageNextTo(filter, sort, before, true, false, size)).as("%s after", sort)
                                .contains(expected);
                        assertThat(queries.pageNextTo(filter, sort, after, false, false, size)).as("%s before", sort)
                                .contains(expected);
                        assertThat(queries.pageNextTo(filter, sort, expected.get(0).id(), true, true, size))
                                .as("%s from", sort).contains(expected);
                    }
                }
            }
        }
        assertThat(queries.pageNextTo(RequestFilter.all(), RequestSort.byDateTime(), -1, true, false, size)).isEmpty();
    }

    @Test
    void theSummaryCountsEachStatusOnceAndTotalsTheFiltersStatuses() {
        long branch = desk.booking().getCompaniesForBooking().get(0).id();
        for (RequestFilter filter : List.of(RequestFilter.all(),
                new RequestFilter(branch, null, Set.of(), TODAY, TODAY.plusDays(6), null),
                new RequestFilter(branch, null, Set.of(BookingStatus.NEW, BookingStatus.CONFIRMED), null, null, null),
                new RequestFilter(null, null, Set.of(BookingStatus.NEW), null, null, "+7"))) {
            RequestSummary summary = queries.summary(filter);
            assertThat(summary.total()).as("%s", filter).isEqualTo(queries.count(filter));
            assertThat(summary.counts()).isEqualTo(queries.countsByStatus(filter));
            assertThat(summary.newRequests()).isEqualTo(queries.count(new RequestFilter(filter.branchId(), null,
                    Set.of(BookingStatus.NEW), null, null, null)));
        }
    }

    @Test
    void pagesCoverTheListOnceInOrder() {
        RequestFilter all = RequestFilter.all();
        long total = queries.count(all);
        List<RequestRow> seen = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 100) {
            seen.addAll(queries.page(all, RequestSort.byDateTime(), offset, 100));
        }
        assertThat(seen).hasSize((int) total);
        assertThat(new HashSet<>(seen.stream().map(RequestRow::id).toList())).hasSize((int) total);
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(RequestRow::date)
                .thenComparing(RequestRow::time).thenComparing(RequestRow::number));
    }

    @Test
    void theExportWalkIsTheCountedPagesInEveryOrderAcrossItsOwnPages() {
        RequestFilter all = RequestFilter.all();
        long total = queries.count(all);
        assertThat(total).as("the demo list is several export pages long").isGreaterThan(1_000);
        for (RequestSort.Column column : RequestSort.Column.values()) {
            for (boolean ascending : List.of(true, false)) {
                RequestSort sort = new RequestSort(column, ascending);
                List<Long> counted = new ArrayList<>();
                for (int offset = 0; offset < total; offset += 500) {
                    queries.page(all, sort, offset, 500).forEach(row -> counted.add(row.id()));
                }
                List<Long> progress = new ArrayList<>();
                List<Long> walked = new ArrayList<>();
                queries.forEach(all, sort, 300, row -> walked.add(row.id()), progress::add);
                assertThat(walked).as("%s", sort).isEqualTo(counted);
                assertThat(progress).as("%s", sort).contains(300L, 600L).endsWith(total);
            }
        }
    }

    @Test
    void sortsByEachColumnBothWays() {
        RequestFilter week = new RequestFilter(null, null, Set.of(), TODAY, TODAY.plusDays(6), null);
        assertThat(all(week, new RequestSort(RequestSort.Column.NUMBER, false)))
                .isSortedAccordingTo(Comparator.comparing(RequestRow::number).reversed());
        assertThat(all(week, new RequestSort(RequestSort.Column.TOTAL, true)))
                .isSortedAccordingTo(Comparator.comparing(RequestRow::total));
        assertThat(all(week, new RequestSort(RequestSort.Column.MASTER, true)))
                .isSortedAccordingTo(Comparator.comparing(RequestRow::masterName));
        assertThat(all(week, new RequestSort(RequestSort.Column.STATUS, true)).stream().map(RequestRow::status))
                .isSortedAccordingTo(Comparator.comparing(Enum::name));
    }

    @Test
    void findsAClientByPhoneInAnyFormatByNameAndABookingByNumber() {
        String[] phones = {"+7 916 123-45-67", "8 (916) 123 45 67", "89161234567", "1234567", "916 12"};
        for (String phone : phones) {
            List<RequestRow> found = all(new RequestFilter(null, null, Set.of(), null, null, phone),
                    RequestSort.byDateTime());
            assertThat(found).as(phone).isNotEmpty()
                    .anySatisfy(row -> assertThat(row.clientPhone()).isEqualTo(DemoSalon.KNOWN_CLIENT_PHONE));
        }
        List<RequestRow> byName = all(new RequestFilter(null, null, Set.of(), null, null, "смирнова анна"),
                RequestSort.byDateTime());
        assertThat(byName).isEmpty();
        byName = all(new RequestFilter(null, null, Set.of(), null, null, "анна смир"), RequestSort.byDateTime());
        assertThat(byName).isNotEmpty().allSatisfy(row -> assertThat(row.clientName()).startsWith("Анна Смир"));

        RequestRow any = queries.page(RequestFilter.all(), RequestSort.byDateTime(), 37, 1).get(0);
        assertThat(all(new RequestFilter(null, null, Set.of(), null, null, "№" + any.number()),
                RequestSort.byDateTime())).extracting(RequestRow::id).contains(any.id());
    }

    @Test
    void countsPerStatusAddUpAndIgnoreTheStatusFilter() {
        RequestFilter month = new RequestFilter(null, null, Set.of(), TODAY.minusDays(30), TODAY.plusDays(30), null);
        Map<BookingStatus, Long> counts = queries.countsByStatus(month);

        assertThat(counts).containsOnlyKeys(BookingStatus.values());
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(queries.count(month));
        assertThat(queries.countsByStatus(month.withStatuses(Set.of(BookingStatus.NEW)))).isEqualTo(counts);
        assertThat(queries.count(month.withStatuses(Set.of(BookingStatus.NEW))))
                .isEqualTo(counts.get(BookingStatus.NEW)).isPositive();
    }

    @Test
    void csvExportRoundTrips() throws Exception {
        RequestFilter week = new RequestFilter(null, null, Set.of(), TODAY, TODAY.plusDays(6), null);
        StringWriter out = new StringWriter();
        List<Long> progress = new ArrayList<>();

        long written = new RequestsCsv(queries).export(week, RequestSort.byDateTime(), out, progress::add);

        List<RequestRow> rows = all(week, RequestSort.byDateTime());
        assertThat(written).isEqualTo(rows.size());
        assertThat(progress).last().isEqualTo((long) rows.size());
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = RequestsCsv.FORMAT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            RequestRow row = rows.get(i);
            CSVRecord record = records.get(i + 1);
            assertThat(record.get(0)).isEqualTo(Long.toString(row.number()));
            assertThat(LocalDate.parse(record.get(1))).isEqualTo(row.date());
            assertThat(record.get(2)).isEqualTo(row.time().toString());
            assertThat(record.get(4)).isEqualTo(row.masterName());
            assertThat(record.get(5)).isEqualTo(row.services());
            assertThat(record.get(6)).isEqualTo(row.clientName());
            assertThat(new BigDecimal(record.get(10))).isEqualByComparingTo(row.total());
        }
    }
}
