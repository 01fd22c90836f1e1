package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.testing.DatabaseContents;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * The database itself refuses two blocking bookings of one master that overlap (decision 0011), on either engine:
 * written with plain SQL past every check of the desk, updated into an overlap, or by two transactions at once. What
 * may overlap still can (touching ends, cancelled bookings, no-shows, overlaps kept from before), and a refusal that
 * reaches the desk through its own calls reads as the desk's own check and writes nothing.
 */
class OverlapGuardTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DAY = TODAY.plusDays(1);
    private static final AtomicLong NUMBERS = new AtomicLong(900_000);

    private MutableClock clock;
    private SalonDesk desk;
    private TestSalon rows;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        clock = TestToday.at(8, 0);
        desk = TestDatabases.freshDesk(clock);
        rows = new TestSalon(desk);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = {"NEW", "CONFIRMED", "ARRIVED", "COMPLETED"})
    void aPlainSqlInsertOverlappingABlockingBookingIsRefused(BookingStatus status) throws SQLException {
        book(salon.olga, DAY, "10:00");
        long before = rows.count("booking");

        try (Connection connection = connect()) {
            SQLException refused = catchThrowableOfType(SQLException.class,
                    () -> insert(connection, salon.olga, DAY, "10:30", 60, status.name()));
            assertThat((Throwable) refused).as("plain insert of a %s booking over 10:00–11:00", status).isNotNull();
            assertThat(refused.getSQLState()).startsWith("23");
            // Inside it, around it, and one that covers it whole.
            assertRefused(connection, salon.olga, DAY, "10:15", 30, status.name());
            assertRefused(connection, salon.olga, DAY, "09:30", 45, status.name());
            assertRefused(connection, salon.olga, DAY, "09:00", 180, status.name());
        }
        assertThat(rows.count("booking")).isEqualTo(before);
    }

    @Test
    void bookingsThatOnlyTouchOrBelongToAnotherMasterAreAccepted() throws SQLException {
        book(salon.olga, DAY, "10:00");
        try (Connection connection = connect()) {
            insert(connection, salon.olga, DAY, "09:00", 60, "CONFIRMED");
            insert(connection, salon.olga, DAY, "11:00", 60, "NEW");
            insert(connection, salon.pavel, DAY, "10:00", 60, "CONFIRMED");
            insert(connection, salon.olga, DAY.plusDays(1), "10:00", 60, "CONFIRMED");
        }
        assertThat(rows.count("booking")).isEqualTo(5);
    }

    @Test
    void cancelledBookingsAndNoShowsMayOverlap() throws SQLException {
        book(salon.olga, DAY, "10:00");
        try (Connection connection = connect()) {
            insert(connection, salon.olga, DAY, "10:00", 60, "CANCELLED");
            insert(connection, salon.olga, DAY, "10:30", 60, "CANCELLED");
            // A no-show frees its time once it has begun; the desk, not the database, knows when that is.
            insert(connection, salon.olga, DAY, "10:15", 60, "NO_SHOW");
        }
        assertThat(rows.count("booking")).isEqualTo(4);
    }

    @Test
    void plainUpdatesIntoAnOverlapAreRefused() throws SQLException {
        book(salon.olga, DAY, "10:00");
        try (Connection connection = connect()) {
            long noon = insert(connection, salon.olga, DAY, "12:00", 60, "CONFIRMED");
            long pavels = insert(connection, salon.pavel, DAY, "10:00", 60, "CONFIRMED");
            long cancelled = insert(connection, salon.olga, DAY, "10:30", 60, "CANCELLED");
            long noShow = insert(connection, salon.olga, DAY, "09:30", 60, "NO_SHOW");
            long early = insert(connection, salon.olga, DAY, "09:00", 60, "CONFIRMED");
            long later = insert(connection, salon.olga, DAY.plusDays(2), "15:00", 60, "NEW");
            String contents = DatabaseContents.of(connection);

            assertUpdateRefused(connection, "update booking set start_time = ? where id = ?", LocalTime.of(10, 30), noon);
            assertUpdateRefused(connection, "update booking set employee_id = ? where id = ?", salon.olga, pavels);
            assertUpdateRefused(connection, "update booking set booking_date = ?, start_time = ? where id = ?", DAY,
                    LocalTime.of(10, 0), later);
            assertUpdateRefused(connection, "update booking set duration_minutes = ? where id = ?", 90, early);
            assertUpdateRefused(connection, "update booking set status = ? where id = ?", "CONFIRMED", cancelled);
            assertUpdateRefused(connection, "update booking set status = ? where id = ?", "NEW", noShow);
            assertThat(DatabaseContents.of(connection)).isEqualTo(contents);

            // Writes that stay clear of the others go through, a move overlapping its own old time included.
            assertThat(execute(connection, "update booking set start_time = ? where id = ?", LocalTime.of(11, 0),
                    noon)).isEqualTo(1);
            assertThat(execute(connection, "update booking set start_time = ? where id = ?", LocalTime.of(11, 30),
                    noon)).isEqualTo(1);
            assertThat(execute(connection, "update booking set status = ? where id = ?", "CANCELLED", early))
                    .isEqualTo(1);
            assertThat(execute(connection, "update booking set start_time = ?, status = ? where id = ?",
                    LocalTime.of(13, 0), "CONFIRMED", noShow)).isEqualTo(1);
        }
    }

    @Test
    void aBookingPastMidnightHoldsTheNextDaysFirstMinutesUntilItMoves() throws SQLException {
        try (Connection connection = connect()) {
            long late = insert(connection, salon.olga, DAY, "23:30", 60, "CONFIRMED");
            assertRefused(connection, salon.olga, DAY.plusDays(1), "00:00", 30, "NEW");
            insert(connection, salon.olga, DAY.plusDays(1), "00:30", 30, "NEW");

            execute(connection, "update booking set start_time = ? where id = ?", LocalTime.of(22, 0), late);
            insert(connection, salon.olga, DAY.plusDays(1), "00:00", 30, "NEW");
            assertRefused(connection, salon.olga, DAY, "22:30", 30, "NEW");
        }
    }

    @Test
    void aRefusedPlainWriteThroughTheDesksConnectionReadsAsTheDesksOwnRefusal() {
        book(salon.olga, DAY, "10:00");
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () ->
                DeskInternals.database(desk).withConnection(
                        connection -> insert(connection, salon.olga, DAY, "10:30", 60, "NEW")));

        assertTaken(refused);
    }

    @Test
    void twoTransactionsInsertingOverlappingBookingsCannotBothCommit() throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = connect(); Connection other = connect(); Connection watcher = connect()) {
            first.setAutoCommit(false);
            other.setAutoCommit(false);
            insert(first, salon.olga, DAY, "15:00", 60, "CONFIRMED");

            Future<SQLException> otherTry = second.submit(() -> {
                try {
                    insert(other, salon.olga, DAY, "15:30", 60, "NEW");
                    other.commit();
                    return null;
                } catch (SQLException e) {
                    other.rollback();
                    return e;
                }
            });
            // Neither has committed: the second is refused at once or held up until the first ends.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!otherTry.isDone() && !waitsForALock(watcher)) {
                assertThat(System.nanoTime()).as("the second insert neither refused nor waiting").isLessThan(deadline);
                Thread.onSpinWait();
            }
            first.commit();

            SQLException refused = otherTry.get(60, TimeUnit.SECONDS);
            assertThat((Throwable) refused).as("the second of two overlapping bookings committed too").isNotNull();
            assertThat(refused.getSQLState()).as(refused.toString()).startsWith("23");
        } finally {
            second.shutdownNow();
        }
        assertThat(rows.count("select count(*) from booking where employee_id = " + salon.olga)).isEqualTo(1);
        assertThat(rows.count("select count(*) from booking where start_time = time '15:00:00'")).isEqualTo(1);
    }

    @Test
    void takingBackANoShowWhoseTimeIsTakenMeanwhileIsRefusedAndWritesNothing() throws SQLException {
        clock.set(TODAY.atTime(9, 0));
        long late = book(salon.olga, TODAY, "10:00").id();
        clock.set(TODAY.atTime(10, 20));
        desk.booking().changeStatus(late, BookingStatus.NO_SHOW, null);
        // Her time has begun, so it is free: a walk-in takes 10:30.
        book(salon.olga, TODAY, "10:30");
        String before = contents();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.booking().stepBack(late, BookingStatus.NO_SHOW, BookingStatus.CONFIRMED));

        assertTaken(refused);
        assertThat(contents()).isEqualTo(before);
        assertThat(rows.status(late)).isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void reinstatingACancellationWhoseTimeIsTakenMeanwhileIsRefusedAndWritesNothing() throws SQLException {
        clock.set(TODAY.atTime(9, 0));
        long cancelled = book(salon.olga, TODAY, "10:00").id();
        clock.set(TODAY.atTime(10, 20));
        desk.booking().cancelBooking(salon.branch, cancelled, "ушла");
        book(salon.olga, TODAY, "10:30");
        String before = contents();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.booking().reinstateBooking(cancelled, BookingStatus.CONFIRMED));

        assertTaken(refused);
        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aKeptOverlapGoesOnAlongThePipelineAndIsGuardedOnceMoved() throws SQLException {
        clock.set(TODAY.atTime(9, 0));
        book(salon.olga, TODAY, "10:00");
        long kept = rows.insertKeptOverlap(salon.branch, salon.olga, salon.anna, salon.haircut, TODAY,
                LocalTime.of(10, 30), 60, BookingStatus.CONFIRMED);

        desk.booking().changeStatus(kept, BookingStatus.ARRIVED, null);
        desk.booking().stepBack(kept, BookingStatus.ARRIVED, BookingStatus.CONFIRMED);
        assertThat(overlapKept(kept)).isTrue();

        desk.booking().modifyBookingTime(kept, TODAY, LocalTime.of(14, 0));
        assertThat(overlapKept(kept)).isFalse();
        try (Connection connection = connect()) {
            assertRefused(connection, salon.olga, TODAY, "14:30", 60, "CONFIRMED");
        }
    }

    private BookingInfo book(long master, LocalDate date, String time) {
        return desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), date,
                LocalTime.parse(time), master, salon.anna).withSource(BookingSource.DESK));
    }

    private Connection connect() throws SQLException {
        return DeskInternals.database(desk).dataSource().getConnection();
    }

    private String contents() throws SQLException {
        try (Connection connection = connect()) {
            return DatabaseContents.of(connection);
        }
    }

    private boolean overlapKept(long bookingId) {
        return rows.count("select count(*) from booking where overlap_kept and id = " + bookingId) == 1;
    }

    private static void assertTaken(SalonDeskException refused) {
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(refused.messageKey()).isEqualTo("error.slot.taken");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("This time is already taken.");
    }

    private void assertRefused(Connection connection, long master, LocalDate date, String start, int minutes,
                               String status) {
        SQLException refused = catchThrowableOfType(SQLException.class,
                () -> insert(connection, master, date, start, minutes, status));
        assertThat((Throwable) refused).as("%s %s for %d minutes", date, start, minutes).isNotNull();
    }

    private static void assertUpdateRefused(Connection connection, String sql, Object... parameters) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> execute(connection, sql, parameters));
        assertThat((Throwable) refused).as(sql).isNotNull();
    }

    /** A booking written with plain SQL, past every check of the desk. */
    private long insert(Connection connection, long master, LocalDate date, String start, int minutes,
                        String status) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (PreparedStatement insert = connection.prepareStatement("insert into booking (booking_number, branch_id,"
                + " employee_id, client_id, booking_date, start_time, duration_minutes, total_cost, status, source,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 1800, ?, 'DESK', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, NUMBERS.incrementAndGet());
            insert.setLong(2, salon.branch);
            insert.setLong(3, master);
            insert.setLong(4, salon.anna);
            insert.setObject(5, date);
            insert.setObject(6, LocalTime.parse(start));
            insert.setInt(7, minutes);
            insert.setString(8, status);
            insert.setObject(9, now);
            insert.setObject(10, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /**
     * Whether the other transaction is inside its insert, held up by the first: PostgreSQL makes it wait for the
     * first's lock; H2 retries the statement that met an uncommitted key until that transaction ends.
     */
    private static boolean waitsForALock(Connection watcher) throws SQLException {
        String sql = TestDatabases.onPostgres() ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions"
                        + " where executing_statement like 'insert into booking%'";
        try (Statement statement = watcher.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
