package org.salondesk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two desks on one database, round after round: one books a master at 10:00 tomorrow while the other gives her that
 * day off (or blocks her), looking at the conflicts first and keeping every booking it is shown, as the Schedules
 * screen does. A booking never ends up on the day off (or with the blocked master) without having been in that
 * decision, and in every round at least one of the two goes through.
 */
class ScheduleRaceTest {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRaceTest.class);
    /** 15 to 30 s per race and engine on a busy 2-core machine; override with -Dsalondesk.raceRounds. */
    private static final int ROUNDS = Integer.getInteger("salondesk.raceRounds", 200);
    private static final LocalDate DATE = TestToday.date().plusDays(1);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    @TempDir
    Path folder;

    private SalonDesk bookingDesk;
    private SalonDesk scheduleDesk;
    private ExecutorService pool;
    private long branch;
    private long haircut;
    private long master;
    private long client;

    @BeforeEach
    void openTwoDesks() {
        String url = TestDatabases.sharedUrl(folder);
        bookingDesk = SalonDesk.open(url, TestToday.at(8, 0));
        scheduleDesk = SalonDesk.open(url, TestToday.at(8, 0));
        TestSalon salon = new TestSalon(bookingDesk);
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Стрижка", 60, "1500");
        master = salon.master(branch, "Ольга", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        client = salon.client("Анна");
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        scheduleDesk.close();
        bookingDesk.close();
    }

    @Test
    void aBookingRacingADayOffIsNeverSilentlyOnTheDayOffAndOneOfThemAlwaysGoesThrough() throws Exception {
        Tally tally = race("day off", new ScheduleChange.DaysOff(master, DATE, DATE, null),
                () -> scheduleDesk.schedules().removeDayOff(master, DATE));

        assertThat(tally.silent).as("bookings on the day off that were in no decision").isZero();
        assertThat(tally.neither).as("rounds in which both were refused").isZero();
        assertThat(tally.changeRefusals).isSubsetOf("error.schedule.madeMeanwhile");
        assertThat(audit()).isEmpty();
    }

    @Test
    void aBookingRacingTheBlockingOfItsMasterIsNeverSilentlyKeptAndOneOfThemAlwaysGoesThrough() throws Exception {
        Tally tally = race("blocking the master", new ScheduleChange.Deactivate(master),
                () -> scheduleDesk.masters().setMasterActive(master, true));

        assertThat(tally.silent).as("bookings of the blocked master that were in no decision").isZero();
        assertThat(tally.neither).as("rounds in which both were refused").isZero();
        assertThat(tally.changeRefusals).isSubsetOf("error.schedule.madeMeanwhile");
        assertThat(audit()).isEmpty();
    }

    private List<BookingRulesAudit.Violation> audit() {
        return DeskInternals.database(bookingDesk).withConnection(new BookingRulesAudit()::check);
    }

    private Tally race(String what, ScheduleChange change, Runnable undoChange) throws Exception {
        Tally tally = new Tally();
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            CountDownLatch start = new CountDownLatch(1);
            Future<Attempt> booking = pool.submit(attempt(start, () -> {
                bookingDesk.booking().createBooking(branch, List.of(haircut), DATE, TEN, master, client);
                return Map.of();
            }));
            Future<Attempt> scheduling = pool.submit(attempt(start, () -> {
                // As the Schedules screen: look first, keep whatever is shown, then make the change.
                Map<Long, ConflictDecision> decisions = scheduleDesk.schedules().conflicts(change).stream()
                        .collect(Collectors.toMap(BookingConflict::bookingId, c -> new ConflictDecision.Keep()));
                scheduleDesk.schedules().applyAfterPreview(change, decisions);
                return decisions;
            }));
            start.countDown();
            tally.add(booking.get(60, TimeUnit.SECONDS), scheduling.get(60, TimeUnit.SECONDS), activeBookings());
            cleanUp(undoChange, scheduling.get().won());
        }
        LOG.info("Booking vs {} on {}: {} rounds in {} ms: booking won {}, {} won {}, both {} (booking in the"
                        + " decision), neither {}, silent {}; refusals {}", what,
                TestDatabases.onPostgres() ? "PostgreSQL" : "H2 file", ROUNDS,
                (System.nanoTime() - started) / 1_000_000, tally.bookingOnly, what, tally.changeOnly, tally.both,
                tally.neither, tally.silent, tally.refusals);
        return tally;
    }

    /** The active bookings at 10:00 of the master that day (one at most). */
    private List<Long> activeBookings() {
        return DeskInternals.database(bookingDesk).withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select id from booking"
                    + " where employee_id = ? and booking_date = ? and status in ('NEW', 'CONFIRMED', 'ARRIVED')")) {
                statement.setLong(1, master);
                statement.setObject(2, DATE);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    private void cleanUp(Runnable undoChange, boolean changeWon) {
        for (long id : activeBookings()) {
            bookingDesk.booking().cancelBooking(branch, id, "race round over");
        }
        if (changeWon) {
            undoChange.run();
        }
    }

    private static Callable<Attempt> attempt(CountDownLatch start, Callable<Map<Long, ConflictDecision>> work) {
        return () -> {
            start.await();
            try {
                return new Attempt(true, null, work.call());
            } catch (SalonDeskException refused) {
                return new Attempt(false, refused.code() + " " + refused.messageKey(), Map.of());
            }
        };
    }

    private record Attempt(boolean won, String refusal, Map<Long, ConflictDecision> decisions) {
    }

    /** What the rounds came to. */
    private static final class Tally {
        int bookingOnly;
        int changeOnly;
        int both;
        int neither;
        int silent;
        final Map<String, Integer> refusals = new TreeMap<>();
        final Set<String> changeRefusals = new TreeSet<>();

        void add(Attempt booking, Attempt change, List<Long> active) {
            if (!booking.won()) {
                refusals.merge("booking " + booking.refusal(), 1, Integer::sum);
            }
            if (!change.won()) {
                refusals.merge("change " + change.refusal(), 1, Integer::sum);
                changeRefusals.add(change.refusal().substring(change.refusal().indexOf(' ') + 1));
            }
            if (change.won() && active.stream().anyMatch(id -> !change.decisions().containsKey(id))) {
                silent++;
            } else if (booking.won() && change.won()) {
                both++;
            } else if (booking.won()) {
                bookingOnly++;
            } else if (change.won()) {
                changeOnly++;
            } else {
                neither++;
            }
        }
    }
}
