package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two desks on one database, round after round, book two different masters for a massage at the same time; the
 * branch has one massage room (decision 0033). The masters' own locks never meet, so only the room decides: in every
 * round exactly one booking goes through, and the room never holds two massages at once.
 */
class ResourceRaceTest {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceRaceTest.class);
    /** Override with -Dsalondesk.raceRounds. */
    private static final int ROUNDS = Integer.getInteger("salondesk.raceRounds", 100);
    private static final LocalDate DATE = TestToday.date().plusDays(1);

    @TempDir
    Path folder;

    private SalonDesk olgasDesk;
    private SalonDesk pavelsDesk;
    private ExecutorService pool;
    private long branch;
    private long massage;
    private long room;
    private long olga;
    private long pavel;
    private long client;

    @BeforeEach
    void openTwoDesks() {
        String url = TestDatabases.sharedUrl(folder);
        olgasDesk = SalonDesk.open(url, TestToday.at(8, 0));
        pavelsDesk = SalonDesk.open(url, TestToday.at(8, 0));
        TestSalon salon = new TestSalon(olgasDesk);
        branch = salon.branch("Центр");
        room = olgasDesk.resources().createResource(branch, "Массажный кабинет", 1);
        massage = salon.service(branch, "Массаж", 60, "3000");
        olgasDesk.resources().setPhases(massage, 0, 0, List.of(new ServiceNeed(massage, room,
                ServiceNeed.Phase.WHOLE)));
        olga = salon.master(branch, "Ольга", LocalTime.of(9, 0), LocalTime.of(21, 0), massage);
        pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(21, 0), massage);
        client = salon.client("Анна");
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        pavelsDesk.close();
        olgasDesk.close();
    }

    @Test
    void twoMastersRacingForTheOneMassageRoomNeverGetItBothAndOneAlwaysDoes() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        int overlaps = 0;
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            // Starts 15 minutes apart in turn, so that the two massages overlap without starting together too.
            LocalTime olgasStart = LocalTime.of(10, 0);
            LocalTime pavelsStart = round % 2 == 0 ? olgasStart : olgasStart.plusMinutes(15 * (round % 4));
            CountDownLatch go = new CountDownLatch(1);
            Future<String> olgas = pool.submit(book(go, olgasDesk, olga, olgasStart));
            Future<String> pavels = pool.submit(book(go, pavelsDesk, pavel, pavelsStart));
            go.countDown();
            String outcome = "Olga " + olgas.get(60, TimeUnit.SECONDS) + ", Pavel " + pavels.get(60, TimeUnit.SECONDS);
            outcomes.merge(outcome, 1, Integer::sum);
            List<Long> inTheRoom = activeMassages();
            if (inTheRoom.size() > 1) {
                overlaps++;
            }
            for (long id : inTheRoom) {
                olgasDesk.booking().cancelBooking(branch, id, "race round over");
            }
        }
        LOG.info("Two masters racing for one massage room on {}: {} rounds in {} ms: {}",
                TestDatabases.onPostgres() ? "PostgreSQL" : "H2 file", ROUNDS,
                (System.nanoTime() - started) / 1_000_000, outcomes);

        assertThat(overlaps).as("rounds with two massages in the one room").isZero();
        assertThat(outcomes.keySet()).as("every round: exactly one booked, the other refused for the room")
                .allMatch(outcome -> outcome.equals("Olga booked, Pavel SLOT_UNAVAILABLE error.slot.resourceTaken")
                        || outcome.equals("Olga SLOT_UNAVAILABLE error.slot.resourceTaken, Pavel booked"));
    }

    private Callable<String> book(CountDownLatch go, SalonDesk desk, long master, LocalTime start) {
        return () -> {
            go.await();
            try {
                desk.booking().createBooking(branch, List.of(massage), DATE, start, master, client);
                return "booked";
            } catch (SalonDeskException refused) {
                return refused.code() + " " + refused.messageKey();
            }
        };
    }

    /** The active massages of the day: those that hold the room. */
    private List<Long> activeMassages() {
        return DeskInternals.database(olgasDesk).withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select b.id from booking b"
                    + " join resource_use ru on ru.booking_id = b.id where ru.resource_id = ? and b.booking_date = ?"
                    + " and b.status in ('NEW', 'CONFIRMED', 'ARRIVED')")) {
                statement.setLong(1, room);
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
}
