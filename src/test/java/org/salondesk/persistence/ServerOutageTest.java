package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingInfo;
import org.salondesk.client.Client;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.PrivatePostgres;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server stops under a running desk and starts again: work during the outage is refused with
 * CONNECTION_LOST in words (not a stack trace) and writes nothing, a transaction cut in the middle leaves nothing
 * behind, and the same desk carries on once the server is back, without being reopened. Runs in the PostgreSQL run.
 */
class ServerOutageTest {

    private static final Logger LOG = LoggerFactory.getLogger(ServerOutageTest.class);
    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(10, 0);
    private PrivatePostgres postgres;
    private SalonDesk desk;
    private SmallSalon salon;
    private final AtomicInteger lostSaid = new AtomicInteger();

    @BeforeEach
    void openDeskOnItsOwnServer() {
        postgres = PrivatePostgres.start(folder);
        desk = SalonDesk.open(JdbcUrl.of(postgres.createDatabase("salon")), clock, true);
        desk.databaseLink().whenConnectionLost(lostSaid::incrementAndGet);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private BookingInfo book(LocalTime time) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, time, salon.olga,
                salon.anna);
    }

    private long bookings() {
        return DeskInternals.database(desk).withConnection(connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from booking")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Test
    void aBookingDuringTheOutageIsRefusedInWordsAndTheSameDeskBooksOnceTheServerIsBack() {
        book(LocalTime.of(9, 0));

        postgres.stop();
        long started = System.nanoTime();
        assertThatThrownBy(() -> book(LocalTime.of(11, 0)))
                .isInstanceOfSatisfying(SalonDeskException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.CONNECTION_LOST);
                    assertThat(refusal.getMessage()).isEqualTo("The connection to the database server localhost:"
                            + postgres.port() + " is lost, so nothing was saved. SalonDesk keeps trying; try again"
                            + " when it is back.");
                });
        LOG.info("A booking during the outage was refused after {} ms", (System.nanoTime() - started) / 1_000_000);
        assertThat(lostSaid).hasPositiveValue();
        assertThatThrownBy(() -> desk.databaseLink().ping()).isInstanceOfSatisfying(SalonDeskException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.CONNECTION_LOST));
        // Reading is refused the same way (the availability service reads with plain JDBC).
        assertThatThrownBy(() -> desk.availability().slots(salon.branch, List.of(salon.haircut), TOMORROW,
                salon.pavel, null)).isInstanceOfSatisfying(SalonDeskException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.CONNECTION_LOST));

        postgres.startAgain();
        desk.databaseLink().ping();
        BookingInfo after = book(LocalTime.of(11, 0));

        assertThat(after.id()).isPositive();
        assertThat(bookings()).isEqualTo(2);
    }

    @Test
    void aTransactionCutInTheMiddleLeavesNothingBehind() {
        assertThatThrownBy(() -> DeskInternals.database(desk).inTransaction(session -> {
            session.persist(new Client("Вера", "Полуписанная", "+79160000001", Instant.now(clock)));
            session.flush();
            // The row is written inside the transaction; the server goes before the commit.
            postgres.stop();
        })).isInstanceOfSatisfying(SalonDeskException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.CONNECTION_LOST));

        postgres.startAgain();
        long half = DeskInternals.database(desk).withConnection(connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select count(*) from client where surname = 'Полуписанная'")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(half).isZero();
        assertThat(desk.clients().createClient("Вера", "Полуписанная", "+79160000001")).isPositive();
    }
}
