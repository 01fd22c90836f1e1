package org.salondesk.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestLocale;

/** The desk's tasks written before their values were kept (schema 9) read in the reader's language after migrating. */
class TaskWordsMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void earlierTasksOfTheDeskAreWordedAnewAndAPersonsRewrittenTitleIsKept() throws SQLException {
        String url = TestDatabases.emptyUrl();
        TestDatabases.flyway(url).target("9").load().migrate();
        try (Connection connection = TestDatabases.connect(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO branch (id, name, time_zone) VALUES (1, 'Лаванда', 'Europe/Moscow')");
            sql.execute("INSERT INTO employee (id, branch_id, name) VALUES (1, 1, 'Ольга')");
            sql.execute("INSERT INTO client (id, name, surname, phone, created_at) VALUES"
                    + " (1, 'Анна', 'Смирнова', '+79161234567', CURRENT_TIMESTAMP),"
                    + " (2, 'Ирина', NULL, '+79167654321', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO booking (id, booking_number, branch_id, employee_id, client_id, booking_date,"
                    + " start_time, duration_minutes, total_cost, status, source, created_at, updated_at) VALUES"
                    + " (1, 1001, 1, 1, 1, DATE '2026-11-24', TIME '10:00:00', 60, 1500, 'NO_SHOW', 'DESK',"
                    + "  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (2, 1002, 1, 1, 1, DATE '2026-11-26', TIME '12:30:00', 60, 1500, 'NEW', 'ONLINE',"
                    + "  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (3, 1003, 1, 1, 2, DATE '2026-09-01', TIME '11:00:00', 60, 1500, 'COMPLETED', 'DESK',"
                    + "  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO task (id, title, due_date, client_id, booking_id, created_at, kind) VALUES"
                    + " (1, 'Call back Анна Смирнова (+7 916 123-45-67): did not come on Nov 24, 2026 at 10:00',"
                    + "  DATE '2026-11-25', 1, 1, CURRENT_TIMESTAMP, 'NO_SHOW_CALL_BACK'),"
                    + " (2, 'Confirm tomorrow''s booking: Анна Смирнова (+7 916 123-45-67), Nov 26, 2026 at 12:30',"
                    + "  DATE '2026-11-25', 1, 2, CURRENT_TIMESTAMP, 'CONFIRMATION_CALL'),"
                    + " (3, 'Invite Ирина (+7 916 765-43-21) again: last visit on Sep 1, 2026',"
                    + "  DATE '2026-11-25', 2, NULL, CURRENT_TIMESTAMP, 'FOLLOW_UP'),"
                    + " (4, 'Called twice, no answer', DATE '2026-11-25', 1, 1, CURRENT_TIMESTAMP, 'NO_SHOW_CALL_BACK')");
        }

        try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN);
             SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), MutableClock.at(DAY.atTime(9, 0)), true)) {
            assertThat(desk.tasks().get(1).title())
                    .isEqualTo("Перезвонить: Анна Смирнова (+7 916 123-45-67), неявка 24 нояб. 2026 г. в 10:00");
            assertThat(desk.tasks().get(2).title()).isEqualTo(
                    "Подтвердить запись на завтра: Анна Смирнова (+7 916 123-45-67), 26 нояб. 2026 г. в 12:30");
            assertThat(desk.tasks().get(3).title())
                    .isEqualTo("Пригласить снова: Ирина (+7 916 765-43-21), последний визит 1 сент. 2026 г.");
            assertThat(desk.tasks().get(4).title()).isEqualTo("Called twice, no answer");
        }
    }
}
