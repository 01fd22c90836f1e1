package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.testing.TestDatabases;

/** A migration to a newer schema keeps a copy of the old file first; a copy a day is made and the last 14 kept. */
class BackupsTest {

    @TempDir
    Path folder;

    private JdbcUrl url() {
        return JdbcUrl.embeddedIn(folder);
    }

    /** The database as an older SalonDesk left it: schema version 1, with a branch in it. */
    private void olderVersionWithData() throws SQLException {
        Flyway.configure().dataSource(url().value(), "sa", "").locations("classpath:db/migration").target("1")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url().value(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into branch (name, time_zone) "
                    + "values ('Old branch', 'Europe/Moscow')");
        }
    }

    /** Every file in the backups folder: the copies, what their checks found, anything half-written. */
    private List<Path> files() throws IOException {
        Path backups = folder.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted().toList();
        }
    }

    private List<Path> copies() throws IOException {
        return files().stream().filter(file -> file.toString().endsWith(".zip")).toList();
    }

    @Test
    void aMigrationKeepsACopyOfTheOldDatabaseThatStillOpensAtTheOldVersion() throws Exception {
        olderVersionWithData();

        try (Database database = Database.open(url(), true)) {
            assertThat(database.schemaVersion()).isNotEqualTo("1");
        }

        List<Path> copies = copies();
        assertThat(copies).singleElement().satisfies(copy ->
                assertThat(copy.getFileName().toString()).startsWith("salondesk-before-migration-v1-").endsWith(".zip"));
        BackupCheck check = BackupCheck.read(copies.get(0));
        assertThat(check.status()).as("checked once written").isEqualTo(BackupCheck.Status.VERIFIED);
        assertThat(check.schemaVersion()).isEqualTo("1");
        Path restored = Files.createDirectory(folder.resolve("restored"));
        Restore.execute(copies.get(0).toString(), restored.toString(), "salondesk");
        try (Connection connection = DriverManager.getConnection(TestDatabases.fileUrl(restored), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select (select max(\"version\") from \"flyway_schema_history\"), "
                     + "(select name from branch)")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("1");
            assertThat(rows.getString(2)).isEqualTo("Old branch");
        }
    }

    @Test
    void noCopyOfANewDatabaseNorOfOneAlreadyCurrent() throws IOException {
        Database.open(url(), false).close();
        Database.open(url(), false).close();

        assertThat(files()).isEmpty();
    }

    @Test
    void noCopiesOfAMemoryDatabase() {
        try (Database database = Database.open(JdbcUrl.of(TestDatabases.memoryUrl()), false)) {
            assertThat(Backups.folder(database.url())).isEmpty();
            assertThat(Backups.daily(database, Clock.systemUTC())).isEmpty();
        }
    }

    @Test
    void oneDailyCopyADayAndTheLastFourteenKept() throws IOException {
        LocalDate first = LocalDate.of(2026, 11, 1);
        try (Database database = Database.open(url(), false)) {
            assertThat(Backups.daily(database, on(first))).isPresent();
            assertThat(Backups.daily(database, on(first))).as("the same day again").isEmpty();
            for (int day = 1; day < 20; day++) {
                assertThat(Backups.daily(database, on(first.plusDays(day)))).isPresent();
            }
        }

        List<Path> kept = Backups.dailyCopies(folder.resolve("backups"));
        assertThat(kept).hasSize(Backups.DAILY_KEPT);
        assertThat(kept.get(0).getFileName()).hasToString("salondesk-daily-2026-11-07.zip");
        assertThat(kept.get(kept.size() - 1).getFileName()).hasToString("salondesk-daily-2026-11-20.zip");
        assertThat(files()).as("no half-written copy left, and each copy's check beside it")
                .hasSize(2 * Backups.DAILY_KEPT).noneMatch(file -> file.toString().endsWith(".part"));
        assertThat(kept).allSatisfy(copy -> assertThat(BackupCheck.read(copy).verified()).isTrue());
    }

    private static Clock on(LocalDate date) {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        return Clock.fixed(date.atTime(9, 0).atZone(zone).toInstant(), zone);
    }
}
