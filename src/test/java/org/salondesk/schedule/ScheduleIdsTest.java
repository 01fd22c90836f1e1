package org.salondesk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two desks on one database add breaks, recurring breaks and rotations to the same master at the same moment: each
 * call returns the id of the very row it wrote, never the other desk's (which a "latest id" read after the insert,
 * in a second transaction, would hand out whenever the other desk's insert landed in between).
 */
class ScheduleIdsTest {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleIdsTest.class);
    /** Rounds per kind of row; each round both desks add one row at once. */
    private static final int ROUNDS = Integer.getInteger("salondesk.idRounds", 40);
    private static final LocalDate DATE = TestToday.date().plusDays(1);
    private static final LocalTime NINE = LocalTime.of(9, 0);

    @TempDir
    Path folder;

    private String url;
    private SalonDesk first;
    private SalonDesk second;
    private ExecutorService pool;
    private long master;

    @BeforeEach
    void openTwoDesks() {
        url = TestDatabases.sharedUrl(folder);
        first = SalonDesk.open(url, TestToday.at(8, 0));
        second = SalonDesk.open(url, TestToday.at(8, 0));
        TestSalon salon = new TestSalon(first);
        long branch = salon.branch("Центр");
        master = salon.master(branch, "Ольга", NINE, LocalTime.of(21, 0));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        second.close();
        first.close();
    }

    @Test
    void twoDesksAddingBreaksAtOnceEachGetTheirOwnBreaksId() throws Exception {
        // The same start for both, each desk its own end, so that a returned id can be traced to the desk whose break
        // it is.
        List<Long> wrong = race("employee_break", (desk, minute) -> desk.schedules().addBreak(master, DATE,
                LocalTime.of(14, 0), LocalTime.of(14, minute)));

        assertThat(wrong).as("ids returned for a row the caller did not write").isEmpty();
    }

    @Test
    void twoDesksAddingRecurringBreaksAtOnceEachGetTheirOwnId() throws Exception {
        List<Long> wrong = race("recurring_break", (desk, minute) -> desk.schedules().addRecurringBreak(master,
                LocalTime.of(14, 0), LocalTime.of(14, minute), EnumSet.of(DayOfWeek.MONDAY), DATE, null));

        assertThat(wrong).as("ids returned for a row the caller did not write").isEmpty();
    }

    @Test
    void twoDesksAddingRotationsAtOnceEachGetTheirOwnId() throws Exception {
        List<Long> wrong = race("rotation_pattern", (desk, minute) -> desk.schedules().setRotation(master,
                DATE, 2, 2, NINE, LocalTime.of(20, minute), null));

        assertThat(wrong).as("ids returned for a row the caller did not write").isEmpty();
    }

    /**
     * Ids need not grow with time (a row imported or restored with its own id): a row of the master with a higher id
     * is still not the one just added. Deterministic, where the race above only shows the old bug when it lands.
     */
    @Test
    void aRowOfTheMasterWithAHigherIdIsNotTakenForTheOneJustAdded() throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            insert(connection, "insert into employee_break (id, employee_id, break_date, start_time, end_time)"
                    + " values (900001, ?, ?, '14:00:00', '14:45:00')", DATE);
            insert(connection, "insert into recurring_break (id, employee_id, start_time, end_time, weekday_mask,"
                    + " valid_from) values (900002, ?, '14:00:00', '14:45:00', 1, ?)", DATE);
            insert(connection, "insert into rotation_pattern (id, employee_id, anchor_date, days_on, days_off,"
                    + " start_time, end_time) values (900003, ?, ?, 2, 2, '09:00:00', '20:45:00')", DATE);

            long pause = first.schedules().addBreak(master, DATE, LocalTime.of(14, 0), LocalTime.of(14, 30));
            long recurring = first.schedules().addRecurringBreak(master, LocalTime.of(14, 0), LocalTime.of(14, 30),
                    EnumSet.of(DayOfWeek.MONDAY), DATE, null);
            long rotation = first.schedules().setRotation(master, DATE, 2, 2, NINE, LocalTime.of(20, 30), null);

            assertThat(endMinute(connection, "employee_break", pause)).isEqualTo(30);
            assertThat(endMinute(connection, "recurring_break", recurring)).isEqualTo(30);
            assertThat(endMinute(connection, "rotation_pattern", rotation)).isEqualTo(30);
        }
    }

    private void insert(Connection connection, String sql, LocalDate date) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, master);
            statement.setObject(2, date);
            statement.executeUpdate();
        }
    }

    /**
     * Runs the rounds; the first desk's rows end at minute 30, the second's at minute 35. Returns the ids whose row
     * has the other desk's end (or does not exist).
     */
    private List<Long> race(String table, BiFunction<SalonDesk, Integer, Long> add) throws Exception {
        List<Long> wrong = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(url)) {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<Long> one = pool.submit(at(start, () -> add.apply(first, 30)));
                Future<Long> two = pool.submit(at(start, () -> add.apply(second, 35)));
                start.countDown();
                long firstId = one.get(60, TimeUnit.SECONDS);
                long secondId = two.get(60, TimeUnit.SECONDS);
                all.add(firstId);
                all.add(secondId);
                if (endMinute(connection, table, firstId) != 30) {
                    wrong.add(firstId);
                }
                if (endMinute(connection, table, secondId) != 35) {
                    wrong.add(secondId);
                }
            }
        }
        LOG.info("{} on {}: {} rounds, {} ids returned for another desk's row", table,
                TestDatabases.onPostgres() ? "PostgreSQL" : "H2 file", ROUNDS, wrong.size());
        assertThat(all).doesNotHaveDuplicates();
        return wrong;
    }

    private static Callable<Long> at(CountDownLatch start, Callable<Long> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    /** The minute of the row's end time, or -1 when there is no such row. */
    private static int endMinute(Connection connection, String table, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select end_time from " + table
                     + " where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getObject(1, LocalTime.class).getMinute() : -1;
            }
        }
    }
}
