package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;

/**
 * A database of schema 10 that already holds overlapping bookings (as the H2 lock fault of decision 0006 or a hand
 * edit left them) takes the overlap guard of schema 11 without failing and without changing any booking: the later
 * one of each overlap is kept and marked, the audit still names every overlap, and the rest is guarded.
 */
class OverlapMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    /** The columns of a booking in schema 10: none of them may change. */
    private static final String BOOKING_COLUMNS = "id, booking_number, branch_id, employee_id, client_id, booking_date,"
            + " start_time, duration_minutes, total_cost, status, source, note, cancel_reason, prepaid_amount, paid,"
            + " outside_working_time, idempotency_key, created_at, created_by, updated_at, updated_by, version";

    @Test
    void overlapsStoredBeforeTheGuardAreKeptMarkedAndStillReported() throws SQLException {
        String url = TestDatabases.emptyUrl();
        TestDatabases.flyway(url).target("10").load().migrate();
        List<String> before;
        try (Connection connection = TestDatabases.connect(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO branch (id, name, time_zone) VALUES (1, 'Лаванда', 'Europe/Moscow')");
            sql.execute("INSERT INTO employee (id, branch_id, name) VALUES (1, 1, 'Ольга'), (2, 1, 'Павел')");
            for (int day = 1; day <= 7; day++) {
                sql.execute("INSERT INTO weekly_shift (employee_id, day_of_week, start_time, end_time) VALUES"
                        + " (1, " + day + ", TIME '09:00:00', TIME '21:00:00'),"
                        + " (2, " + day + ", TIME '09:00:00', TIME '21:00:00')");
            }
            sql.execute("INSERT INTO client (id, name, phone, created_at) VALUES"
                    + " (1, 'Анна', '+79161234567', CURRENT_TIMESTAMP)");
            booking(sql, 1, 1, "10:00", 60, "CONFIRMED");
            booking(sql, 2, 1, "10:30", 60, "CONFIRMED");   // over 1: kept
            booking(sql, 3, 1, "11:00", 60, "COMPLETED");   // touches 1, over kept 2: guarded
            booking(sql, 4, 1, "11:15", 30, "NEW");         // over 3: kept
            booking(sql, 5, 1, "10:00", 60, "CANCELLED");   // never blocks
            booking(sql, 6, 1, "12:30", 60, "NO_SHOW");     // not the database's to guard
            booking(sql, 7, 1, "12:45", 30, "ARRIVED");     // over the no-show only: guarded
            booking(sql, 8, 2, "10:00", 60, "CONFIRMED");   // another master: guarded
            booking(sql, 9, 1, "10:00", 60, "CONFIRMED");   // the same time as 1, written later: kept
            before = bookings(connection);
        }

        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), MutableClock.at(DAY.atTime(9, 0)), true)) {
            assertThat(Integer.parseInt(desk.databaseLink().schemaVersion())).isGreaterThanOrEqualTo(11);
            DeskInternals.database(desk).withConnection(connection -> {
                assertThat(bookings(connection)).as("no booking changed").isEqualTo(before);
                assertThat(ids(connection, "select id from booking where overlap_kept")).containsExactly(2L, 4L, 9L);

                List<BookingRulesAudit.Violation> violations = new BookingRulesAudit().check(connection);
                assertThat(violations).extracting(BookingRulesAudit.Violation::kind)
                        .containsOnly(BookingRulesAudit.Violation.Kind.OVERLAP);
                Set<Long> named = new HashSet<>();
                violations.forEach(violation -> named.addAll(violation.bookingNumbers()));
                assertThat(named).as("every kept overlap and its partner in the report")
                        .contains(1001L, 1002L, 1003L, 1004L, 1009L).doesNotContain(1005L, 1006L, 1007L, 1008L);

                // The bookings that were not kept are guarded, a kept one's partner included.
                try (Statement sql = connection.createStatement()) {
                    assertThat(refused(() -> booking(sql, 10, 1, "10:15", 30, "NEW")))
                            .as("over booking 1").isNotNull();
                    assertThat(refused(() -> booking(sql, 11, 2, "10:30", 30, "NEW")))
                            .as("over booking 8").isNotNull();
                    booking(sql, 12, 1, "14:00", 60, "NEW");
                }
                return null;
            });
        }
    }

    private static Throwable refused(ThrowingCallable write) {
        return catchThrowableOfType(SQLException.class, write);
    }

    private static void booking(Statement sql, long id, long master, String start, int minutes, String status)
            throws SQLException {
        sql.execute("INSERT INTO booking (id, booking_number, branch_id, employee_id, client_id, booking_date,"
                + " start_time, duration_minutes, total_cost, status, source, created_at, updated_at) VALUES (" + id
                + ", " + (1000 + id) + ", 1, " + master + ", 1, DATE '" + DAY + "', TIME '" + start + ":00', "
                + minutes + ", 1500, '" + status + "', 'DESK', TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+03',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+03')");
    }

    private static List<String> bookings(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("select " + BOOKING_COLUMNS + " from booking order by id")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<Long> ids(Connection connection, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query + " order by 1")) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }
}
