package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.OwnerOnly;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * {@code --self-check} on the engine under test: the embedded H2 file of a data folder, or a PostgreSQL database given
 * with {@code --db} as a chain's desk would give it.
 */
class SelfCheckTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private JdbcUrl database;

    /** The database the self-check opens: the data folder's own file on H2, a new empty database on PostgreSQL. */
    private JdbcUrl database() {
        if (database == null) {
            database = TestDatabases.onPostgres() ? JdbcUrl.of(TestDatabases.emptyUrl()) : JdbcUrl.embeddedIn(folder);
        }
        return database;
    }

    private int selfCheck() {
        String[] args = TestDatabases.onPostgres()
                ? new String[]{"--self-check", "--data-dir", folder.toString(), "--db", database().value()}
                : new String[]{"--self-check", "--data-dir", folder.toString()};
        LaunchSettings settings = LaunchSettings.from(StartupOptions.parse(args, Map.of()));
        assertThat(settings.databaseUrl().value()).isEqualTo(database().value());
        return SelfCheck.run(settings, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private void prepareDemo() {
        MutableClock clock = TestToday.at(10, 0);
        try (SalonDesk desk = SalonDesk.open(database(), clock, false)) {
            desk.seedDemoIfEmpty();
        }
    }

    @Test
    void passesOnTheDemoSalon() {
        prepareDemo();

        assertThat(selfCheck()).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains(TestDatabases.onPostgres() ? "Database: jdbc:postgresql://" : "salondesk (H2)")
                .containsPattern("Schema: version \\d+").contains("Branches: 2").contains("Self-check passed");
    }

    @Test
    void failsAndNamesTheBookingsWhenTwoOverlap() {
        prepareDemo();
        try (SalonDesk desk = SalonDesk.open(database(), Clock.systemUTC(), false)) {
            DeskInternals.database(desk).withConnection(connection -> {
                try (var statement = connection.createStatement()) {
                    // Move one booking onto another booking of the same master, as one kept from before the
                    // database refused overlaps (decision 0011): the only way two can overlap now.
                    return statement.executeUpdate("""
                            update booking set overlap_kept = true, start_time = (select b2.start_time from booking b2
                                where b2.employee_id = booking.employee_id and b2.booking_date = booking.booking_date
                                and b2.id <> booking.id and b2.status = 'COMPLETED' order by b2.id limit 1)
                            where id = (select min(b.id) from booking b where b.status = 'COMPLETED' and exists (
                                select 1 from booking o where o.employee_id = b.employee_id
                                and o.booking_date = b.booking_date and o.id <> b.id and o.status = 'COMPLETED'))""");
                }
            });
        }

        assertThat(selfCheck()).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("overlap").contains("Self-check failed");
    }

    @Test
    void migratesADatabaseThatHeldOverlapsBeforeTheGuardAndNamesThem() throws Exception {
        String url = database().value();
        TestDatabases.flyway(url).target("10").load().migrate();
        try (Connection connection = TestDatabases.connect(url); Statement sql = connection.createStatement()) {
            sql.execute("insert into branch (id, name, time_zone) values (1, 'Лаванда', 'Europe/Moscow')");
            sql.execute("insert into employee (id, branch_id, name) values (1, 1, 'Ольга')");
            sql.execute("insert into weekly_shift (employee_id, day_of_week, start_time, end_time) values"
                    + " (1, 4, time '09:00:00', time '21:00:00')");
            sql.execute("insert into client (id, name, phone, created_at) values (1, 'Анна', '+79161234567',"
                    + " current_timestamp)");
            // Two bookings of one master at once, as the H2 lock fault of decision 0006 could leave them (a Thursday).
            for (int id = 1; id <= 2; id++) {
                sql.execute("insert into booking (id, booking_number, branch_id, employee_id, client_id, booking_date,"
                        + " start_time, duration_minutes, total_cost, status, source, created_at, updated_at) values ("
                        + id + ", " + (500 + id) + ", 1, 1, 1, date '2026-11-26', time '10:00:00', 60, 1500,"
                        + " 'CONFIRMED', 'DESK', current_timestamp, current_timestamp)");
            }
        }

        assertThat(selfCheck()).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).containsPattern("Schema: version \\d+")
                .contains("Bookings 501 and 502").contains("overlap").contains("Self-check failed");
    }

    @Test
    void migratesAnEmptyDatabaseAndPasses() {
        assertThat(selfCheck()).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).containsPattern("Schema: version \\d+")
                .contains("bookings: 0");
    }

    @Test
    void makesTheDataFolderItsOwnersOnlyAndSaysSo() throws Exception {
        assumeTrue(OwnerOnly.hasModes(folder), "a file system with POSIX modes");
        prepareDemo();
        Path log = folder.resolve("logs").resolve("salondesk.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "started");
        List<Path> loosened = new ArrayList<>(List.of(folder, log.getParent(), log));
        if (!TestDatabases.onPostgres()) {
            loosened.add(folder.resolve("salondesk.mv.db"));
        }
        for (Path path : loosened) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }

        assertThat(selfCheck()).isZero();

        assertThat(output.toString(StandardCharsets.UTF_8)).contains("can be read by you only")
                .contains("Self-check passed");
        for (Path path : loosened) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                    .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
        }
    }

    @Test
    void namesEachFileOthersCanReadInTheDesksLanguage() {
        List<OwnerOnly.Loose> loose = List.of(new OwnerOnly.Loose(folder.resolve("salondesk.mv.db"), "rw-r--r--"),
                new OwnerOnly.Loose(folder, "rwxr-xr-x"));

        SelfCheck.printFiles(loose, true, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(output.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Files: other users of this PC can read 2 of them; only you should (folders rwx------, files rw-------):",
                "  " + folder.resolve("salondesk.mv.db") + " (rw-r--r--)",
                "  " + folder + " (rwxr-xr-x)");
        assertThat(Messages.format(Locale.forLanguageTag("ru"), "selfCheck.files.loose", 2))
                .startsWith("Файлы: их могут читать другие пользователи этого компьютера (2)");
    }
}
