package org.salondesk.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.task.TaskForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two desks on one database (an H2 file, or a PostgreSQL database): what desk A commits, desk B's change feed tells,
 * with where the bookings were and are. The delay from A's commit to B hearing of it is logged.
 */
class ChangeFeedTest {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedTest.class);
    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private String url;
    private SalonDesk deskA;
    private SalonDesk deskB;
    private SmallSalon salon;
    private final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();

    private record Heard(Change change, long nanos) {
    }

    @BeforeEach
    void twoDesks() {
        url = TestDatabases.sharedUrl(folder);
        deskA = SalonDesk.open(url, clock);
        salon = new SmallSalon(deskA);
        deskB = SalonDesk.open(url, clock);
    }

    @AfterEach
    void close() {
        deskB.close();
        deskA.close();
    }

    // Desk B subscribes and waits until its feed listens: it says so with "everything".
    private void deskBListens(ChangeFeed feed) throws InterruptedException {
        feed.subscribe(change -> heard.add(new Heard(change, System.nanoTime())));
        assertThat(next(change -> true).change().isEverything()).isTrue();
    }

    private Heard next(Predicate<Change> wanted) throws InterruptedException {
        while (true) {
            Heard one = heard.poll(60, TimeUnit.SECONDS);
            assertThat(one).as("a change heard by desk B").isNotNull();
            if (wanted.test(one.change())) {
                return one;
            }
        }
    }

    private Change heardAfter(long committedNanos, String what, Predicate<Change> wanted) throws InterruptedException {
        Heard one = next(wanted);
        LOG.info("Desk B heard of {} {} ms after desk A committed it ({})", what,
                (one.nanos() - committedNanos) / 1_000_000, engine());
        return one.change();
    }

    private static String engine() {
        return TestDatabases.onPostgres() ? "PostgreSQL LISTEN/NOTIFY" : "H2 file, change log read every "
                + ChangeFeed.H2_EVERY.toMillis() + " ms";
    }

    private BookingInfo book(LocalTime time) {
        return deskA.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, time, salon.olga,
                salon.anna);
    }

    @Test
    void deskBHearsOfDeskAsBookingWithItsMasterAndDate() throws Exception {
        deskBListens(deskB.changes());

        BookingInfo booked = book(LocalTime.of(10, 0));
        long committed = System.nanoTime();

        Change change = heardAfter(committed, "a new booking", c -> c.touchesBooking(booked.id()));
        assertThat(change.isEverything()).isFalse();
        assertThat(change.bookings()).contains(new TouchedBooking(booked.id(), salon.branch, salon.olga, TOMORROW));
        assertThat(change.touchesBookings(salon.branch, TOMORROW, TOMORROW)).isTrue();
        assertThat(change.touchesBookings(salon.branch, TOMORROW.plusDays(1), TOMORROW.plusDays(7))).isFalse();
        assertThat(change.touchesBookings(salon.branch + 1, TOMORROW, TOMORROW)).isFalse();
    }

    @Test
    void aMoveTouchesTheOldDayAndTheNewOne() throws Exception {
        BookingInfo booked = book(LocalTime.of(10, 0));
        deskBListens(deskB.changes());
        LocalDate later = TOMORROW.plusDays(2);

        deskA.booking().moveBooking(booked.id(), salon.pavel, later, LocalTime.of(12, 0));
        long committed = System.nanoTime();

        Change change = heardAfter(committed, "a move", c -> c.touchesBooking(booked.id()));
        assertThat(change.bookings()).contains(
                new TouchedBooking(booked.id(), salon.branch, salon.olga, TOMORROW),
                new TouchedBooking(booked.id(), salon.branch, salon.pavel, later));
    }

    @Test
    void statusStepsAndCancellationsAreHeard() throws Exception {
        BookingInfo first = book(LocalTime.of(10, 0));
        BookingInfo second = book(LocalTime.of(12, 0));
        deskBListens(deskB.changes());

        deskA.booking().changeStatus(first.id(), BookingStatus.CONFIRMED, null);
        long committed = System.nanoTime();
        heardAfter(committed, "a status step", c -> c.touchesBooking(first.id()));

        deskA.booking().cancelBooking(salon.branch, second.id(), "Заболела");
        committed = System.nanoTime();
        Change change = heardAfter(committed, "a cancellation", c -> c.touchesBooking(second.id()));
        assertThat(change.bookings()).containsExactly(
                new TouchedBooking(second.id(), salon.branch, salon.olga, TOMORROW));
    }

    @Test
    void catalogueSchedulesClientsTasksAndStaffAreHeardByKind() throws Exception {
        deskBListens(deskB.changes());

        deskA.serviceCatalog().createService(salon.branch, null, "Укладка", null, new BigDecimal("900"), 30);
        heardAfter(System.nanoTime(), "a new service", c -> c.touches(ChangeKind.CATALOG));

        deskA.schedules().addDayOff(salon.pavel, TOMORROW.plusDays(3));
        heardAfter(System.nanoTime(), "a day off", c -> c.touches(ChangeKind.SCHEDULES));

        deskA.clients().createClient("Вера", null, "+7 916 555-44-33");
        heardAfter(System.nanoTime(), "a new client", c -> c.touches(ChangeKind.CLIENTS));

        deskA.tasks().create(new TaskForm(null, "Позвонить Вере", null, TOMORROW, null, null, null));
        Change change = heardAfter(System.nanoTime(), "a new task", c -> c.touches(ChangeKind.TASKS));
        assertThat(change.touches(ChangeKind.BOOKINGS)).isFalse();
        assertThat(change.touchesBookings(null, null, null)).isFalse();
    }

    @Test
    void aWriteWithPlainSqlInAutoCommitIsHeard() throws Exception {
        BookingInfo booked = book(LocalTime.of(10, 0));
        deskBListens(deskB.changes());

        try (Connection plain = TestDatabases.connect(url);
             PreparedStatement bookingNote = plain.prepareStatement("update booking set note = ? where id = ?");
             PreparedStatement clientNote = plain.prepareStatement("update client set note = ? where id = ?")) {
            bookingNote.setString(1, "Записала по телефону");
            bookingNote.setLong(2, booked.id());
            assertThat(bookingNote.executeUpdate()).isEqualTo(1);
            clientNote.setString(1, "Постоянная");
            clientNote.setLong(2, salon.anna);
            assertThat(clientNote.executeUpdate()).isEqualTo(1);
        }

        // Both may come in one change or in two.
        AtomicBoolean booking = new AtomicBoolean();
        AtomicBoolean client = new AtomicBoolean();
        next(change -> {
            booking.compareAndSet(false, change.touchesBooking(booked.id()));
            client.compareAndSet(false, change.touches(ChangeKind.CLIENTS));
            return booking.get() && client.get();
        });
        assertThat(deskA.booking().getActiveBookingInfo(booked.id()).note()).isEqualTo("Записала по телефону");
    }

    @Test
    void aRefusedWriteIsNeverHeard() throws Exception {
        book(LocalTime.of(10, 0));
        deskBListens(deskB.changes());

        assertThatThrownBy(() -> book(LocalTime.of(10, 30))).isInstanceOf(SalonDeskException.class)
                .extracting(e -> ((SalonDeskException) e).code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        deskA.tasks().create(new TaskForm(null, "После отказа", null, TOMORROW, null, null, null));

        // Commits are heard in order: by the time the task is heard, the refused booking would have been.
        List<Change> before = new ArrayList<>();
        next(change -> {
            before.add(change);
            return change.touches(ChangeKind.TASKS);
        });
        assertThat(before).noneMatch(change -> change.touches(ChangeKind.BOOKINGS));
    }

    @Test
    void aWriteCommittedAfterALaterOneIsStillHeard() throws Exception {
        BookingInfo booked = book(LocalTime.of(10, 0));
        deskBListens(deskB.changes());
        try (Connection slow = TestDatabases.connect(url)) {
            slow.setAutoCommit(false);
            try (PreparedStatement note = slow.prepareStatement("update booking set note = ? where id = ?")) {
                note.setString(1, "Пишется долго");
                note.setLong(2, booked.id());
                note.executeUpdate();
            }
            // Written after the slow transaction began, committed before it ends.
            deskA.tasks().create(new TaskForm(null, "Быстрая", null, TOMORROW, null, null, null));
            Change first = heardAfter(System.nanoTime(), "a write that began later", c -> c.touches(ChangeKind.TASKS));
            assertThat(first.touches(ChangeKind.BOOKINGS)).isFalse();

            slow.commit();
            heardAfter(System.nanoTime(), "the write that began first", c -> c.touchesBooking(booked.id()));
        }
    }

    @Test
    void theFeedListensAgainAfterLosingItsConnectionAndSaysEverythingMayHaveChanged() throws Exception {
        JdbcUrl jdbcUrl = JdbcUrl.of(url);
        AtomicLong session = new AtomicLong();
        try (ChangeFeed feed = new ChangeFeed(ChangeFeed.sourceFor(jdbcUrl), () -> {
            Connection connection = ChangeFeed.connect(jdbcUrl);
            session.set(sessionOf(connection));
            return connection;
        })) {
            deskBListens(feed);
            long lost = session.get();

            dropSession(lost);

            Heard again = next(change -> true);
            assertThat(again.change().isEverything()).isTrue();
            assertThat(session.get()).isNotEqualTo(lost);
            BookingInfo booked = book(LocalTime.of(10, 0));
            heardAfter(System.nanoTime(), "a booking after the feed listened again",
                    c -> c.touchesBooking(booked.id()) && !c.isEverything());
        }
    }

    private static long sessionOf(Connection connection) throws SQLException {
        String query = TestDatabases.onPostgres() ? "select pg_backend_pid()" : "select session_id()";
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    // Ends the feed's session from the database's side, as a server restart or a network failure would.
    private void dropSession(long id) throws SQLException {
        String drop = TestDatabases.onPostgres() ? "select pg_terminate_backend(cast(? as integer))" : "select abort_session(?)";
        try (Connection connection = TestDatabases.connect(url);
             PreparedStatement statement = connection.prepareStatement(drop)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertThat(row.getBoolean(1)).as("the feed's session was ended").isTrue();
            }
        }
    }

    @Test
    void closingTheDeskStopsItsFeedsThread() throws Exception {
        SalonDesk deskC = SalonDesk.open(url, clock);
        deskBListens(deskC.changes());
        assertThat(deskC.changes().running()).isTrue();

        deskC.close();

        assertThat(deskC.changes().running()).isFalse();
    }
}
