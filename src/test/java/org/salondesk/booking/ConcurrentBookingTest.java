package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * Rule 6 under contention: many desks racing for one slot on one H2 file database. Exactly as many win as there
 * are free masters, everyone else hears SLOT_UNAVAILABLE, and no master ends up with two overlapping bookings.
 */
class ConcurrentBookingTest {

    private static final int THREADS = 16;
    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DATE = TODAY.plusDays(1);

    @TempDir
    Path folder;

    private SalonDesk desk;
    private TestSalon salon;
    private long branch;
    private long haircut;
    private final List<Long> clients = new ArrayList<>();
    private ExecutorService pool;

    @BeforeEach
    void openFileDatabase() {
        desk = SalonDesk.open(TestDatabases.sharedUrl(folder), TestToday.at(8, 0));
        salon = new TestSalon(desk);
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Стрижка", 60, "1500");
        for (int i = 0; i < THREADS; i++) {
            clients.add(salon.client("Клиент " + i));
        }
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        desk.close();
    }

    @Test
    void sixteenDesksRacingForOneMastersSlotLeaveExactlyOneWinner() throws Exception {
        long pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);

        // Several rounds, each at a fresh time, so that one lucky interleaving cannot pass for correctness.
        for (int hour = 9; hour < 14; hour++) {
            LocalTime time = LocalTime.of(hour, 0);
            List<Outcome> outcomes = race(i -> () -> desk.booking().createBooking(branch, List.of(haircut), DATE,
                    time, pavel, clients.get(i)));

            assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.won())
                    .extracting(Outcome::refusal).containsOnly(ErrorCode.SLOT_UNAVAILABLE).hasSize(THREADS - 1);
        }
        assertThat(salon.count("select count(*) from booking where employee_id = " + pavel)).isEqualTo(5);
        assertNoMasterHasOverlappingBookings();
    }

    @Test
    void withoutAMasterKFreeMastersGiveExactlyKWinnersOnDistinctMasters() throws Exception {
        int k = 4;
        List<Long> masters = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            masters.add(salon.master(branch, "Мастер " + i, LocalTime.of(9, 0), LocalTime.of(21, 0), haircut));
        }
        for (int hour = 9; hour < 12; hour++) {
            LocalTime time = LocalTime.of(hour, 0);
            List<Outcome> outcomes = race(i -> () -> desk.booking().createBooking(branch, List.of(haircut), DATE,
                    time, null, clients.get(i)));

            List<Outcome> winners = outcomes.stream().filter(Outcome::won).toList();
            assertThat(winners).hasSize(k);
            assertThat(winners).extracting(outcome -> outcome.booking().masterId())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(masters);
            assertThat(outcomes).filteredOn(outcome -> !outcome.won())
                    .extracting(Outcome::refusal).containsOnly(ErrorCode.SLOT_UNAVAILABLE).hasSize(THREADS - k);
        }
        assertNoMasterHasOverlappingBookings();
    }

    @Test
    void desksRacingForOverlappingTimesNeverDoubleBookAMaster() throws Exception {
        long pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        long anna = salon.master(branch, "Анна", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);

        // Starts 10:00, 10:15, ... 11:45 for one hour each: every pair less than an hour apart overlaps.
        List<Outcome> outcomes = race(i -> () -> desk.booking().createBooking(branch, List.of(haircut), DATE,
                LocalTime.of(10, 0).plusMinutes(15L * (i % 8)), i < 8 ? pavel : anna, clients.get(i)));

        assertThat(outcomes).filteredOn(Outcome::won).isNotEmpty();
        assertThat(outcomes).filteredOn(outcome -> !outcome.won())
                .extracting(Outcome::refusal).containsOnly(ErrorCode.SLOT_UNAVAILABLE);
        assertNoMasterHasOverlappingBookings();
    }

    @Test
    void desksThatLookAtTheSlotsAndThenBookNeverDoubleBookAMaster() throws Exception {
        // The way a desk works: ask for the free times, pick one, book it, while fifteen others do the same. Most
        // attempts are refused under the master's lock. This caught two H2 faults: a cached query result that hid
        // a fresh booking from the re-check, and a row lock handed to two desks after a refused one rolled back.
        long pavel = salon.master(branch, "Павел", LocalTime.of(0, 0), LocalTime.of(23, 55), haircut);
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> desk : lookAndBook(pavel, 100)) {
            outcomes.addAll(desk.get(120, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(Outcome::won).hasSizeGreaterThan(20);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won())
                .extracting(Outcome::refusal).containsOnly(ErrorCode.SLOT_UNAVAILABLE);
        assertNoMasterHasOverlappingBookings();
    }

    @Test
    void aDeskThatCannotGetTheMastersLockInTimeIsRefusedAndWritesNothing() throws Exception {
        long pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        // a second desk on the same file that waits only 200 ms for a lock
        try (SalonDesk impatient = SalonDesk.open(TestDatabases.withLockTimeout(TestDatabases.sharedUrl(folder), 200),
                TestToday.at(8, 0));
             java.sql.Connection other = DeskInternals.database(desk).dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.executeQuery("select id from employee where id = " + pavel + " for update").close();
            }
            TestSalon.Rows before = salon.rows();

            SalonDeskException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                    SalonDeskException.class, () -> impatient.booking().createBooking(branch, List.of(haircut), DATE,
                            LocalTime.of(10, 0), pavel, clients.get(0)));
            SalonDeskException holdRefusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                    SalonDeskException.class, () -> impatient.booking().holdSlot(branch, List.of(haircut), DATE,
                            LocalTime.of(10, 0), null, java.time.Duration.ofMinutes(5)));
            other.rollback();

            assertThat(refusal).isNotNull();
            assertThat(refusal.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE);
            assertThat(refusal.getMessage()).doesNotContain("Exception").doesNotContain("error.");
            assertThat(holdRefusal).isNotNull();
            assertThat(holdRefusal.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE);
            assertThat(salon.rows()).isEqualTo(before);
            // once the other desk is done, the same call goes through
            assertThat(impatient.booking().createBooking(branch, List.of(haircut), DATE, LocalTime.of(10, 0), pavel,
                    clients.get(0)).masterId()).isEqualTo(pavel);
        }
    }

    private List<Future<List<Outcome>>> lookAndBook(long master, int attemptsPerDesk) {
        List<Future<List<Outcome>>> desks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long client = clients.get(i);
            java.util.Random random = new java.util.Random(i);
            desks.add(pool.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                for (int n = 0; n < attemptsPerDesk; n++) {
                    LocalDate date = DATE.plusDays(random.nextInt(3));
                    List<LocalTime> free = desk.booking().getSlotsForBooking(branch, List.of(haircut), date, master,
                            5);
                    if (free.isEmpty()) {
                        continue;
                    }
                    LocalTime time = free.get(random.nextInt(Math.min(3, free.size())));
                    try {
                        outcomes.add(new Outcome(desk.booking().createBooking(branch, List.of(haircut), date, time,
                                master, client), null));
                    } catch (SalonDeskException e) {
                        outcomes.add(new Outcome(null, e.code()));
                    }
                }
                return outcomes;
            }));
        }
        return desks;
    }

    /** What one racing desk got: its booking, or the code it was refused with. */
    record Outcome(BookingInfo booking, ErrorCode refusal) {
        boolean won() {
            return booking != null;
        }
    }

    /** Runs {@code THREADS} calls released at once; any failure other than a SalonDeskException fails the test. */
    private List<Outcome> race(IntFunction<Callable<BookingInfo>> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<BookingInfo> booking = call.apply(i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return new Outcome(booking.call(), null);
                } catch (SalonDeskException e) {
                    return new Outcome(null, e.code());
                }
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Reads every stored booking that blocks time and compares each pair of one master's. */
    private void assertNoMasterHasOverlappingBookings() throws SQLException {
        record Stored(long id, long master, LocalDate date, int start, int end) {
        }
        List<Stored> stored = new ArrayList<>();
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, employee_id, booking_date, start_time, "
                     + "duration_minutes from booking where status <> 'CANCELLED'")) {
            while (rows.next()) {
                LocalTime start = rows.getObject(4, LocalTime.class);
                int from = start.getHour() * 60 + start.getMinute();
                stored.add(new Stored(rows.getLong(1), rows.getLong(2), rows.getObject(3, LocalDate.class), from,
                        from + rows.getInt(5)));
            }
        }
        assertThat(stored).isNotEmpty();
        for (Stored a : stored) {
            for (Stored b : stored) {
                boolean overlap = a.id() < b.id() && a.master() == b.master() && a.date().equals(b.date())
                        && a.start() < b.end() && b.start() < a.end();
                assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }
}
