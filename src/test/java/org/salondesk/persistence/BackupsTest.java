package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;

/**
 * A migration to a newer schema keeps a copy of the old file first; a copy a day is made and the last 14 kept; every
 * copy is checked once written; a restore cut off half-way is finished before the database is used again.
 */
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

        try (Database database = Database.open(url(), true, SalonDesk.ENTITIES)) {
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
        // The copy was made after the database got its own password (the first open switched it, then migrated).
        try (Connection connection = DatabasePassword.connect(TestDatabases.fileUrl(restored), url(), copies.get(0));
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
        Database.open(url(), false, SalonDesk.ENTITIES).close();
        Database.open(url(), false, SalonDesk.ENTITIES).close();

        assertThat(files()).isEmpty();
    }

    @Test
    void noCopiesOfAMemoryDatabase() {
        try (Database database = Database.open(JdbcUrl.of(TestDatabases.memoryUrl()), false, SalonDesk.ENTITIES)) {
            assertThat(Backups.folder(database.url())).isEmpty();
            assertThat(Backups.daily(database, Clock.systemUTC())).isEmpty();
        }
    }

    @Test
    void oneDailyCopyADayAndTheLastFourteenKept() throws IOException {
        LocalDate first = LocalDate.of(2026, 11, 1);
        try (Database database = Database.open(url(), false, SalonDesk.ENTITIES)) {
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

    /** A restore whose desk died after dropping everything: the marker and the script are there, the tables not. */
    private Path restoreCutOffHalfWay(Path copyFolder) throws Exception {
        String copyUrl = TestDatabases.fileUrl(copyFolder);
        Flyway.configure().dataSource(copyUrl, "sa", "").locations("classpath:db/migration", "classpath:db/engine/h2")
                .load().migrate();
        Path staging = folder.resolve("backups").resolve(ScriptRestore.STAGING_PREFIX + "cut");
        Files.createDirectories(staging);
        Path script = staging.resolve("restore.sql.zip");
        try (Connection connection = DriverManager.getConnection(copyUrl, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into branch (name, time_zone) values ('From the copy', 'Europe/Moscow')");
            ScriptRestore.script(connection, script);
        }
        Database.open(url(), false, SalonDesk.ENTITIES).close();
        try (Connection connection = TestDatabases.connect(url().value());
             Statement statement = connection.createStatement()) {
            statement.execute("drop all objects");
        }
        Files.writeString(folder.resolve("backups").resolve(ScriptRestore.MARKER),
                "script=" + script.toString().replace("\\", "\\\\") + "\ncopy=salondesk-manual-20270101-090000.zip\n");
        return script;
    }

    @Test
    void aRestoreCutOffHalfWayIsFinishedBeforeTheDatabaseIsUsedAgain(@TempDir Path copyFolder) throws Exception {
        Path script = restoreCutOffHalfWay(copyFolder);

        try (Database database = Database.open(url(), true, SalonDesk.ENTITIES);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from branch")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("From the copy");
        }
        assertThat(folder.resolve("backups").resolve(ScriptRestore.MARKER)).doesNotExist();
        assertThat(script.getParent()).as("the scratch folder goes once done").doesNotExist();
    }

    @Test
    void aRestoreCutOffWhoseScriptIsGoneKeepsTheDatabaseClosed(@TempDir Path copyFolder) throws Exception {
        Path script = restoreCutOffHalfWay(copyFolder);
        Files.delete(script);

        assertThatThrownBy(() -> Database.open(url(), false, SalonDesk.ENTITIES))
                .isInstanceOfSatisfying(SalonDeskException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.STORAGE);
                    assertThat(refused.getMessage()).contains("salondesk-manual-20270101-090000.zip", "by hand");
                });
        assertThat(folder.resolve("backups").resolve(ScriptRestore.MARKER)).exists();
    }

    private static Clock on(LocalDate date) {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        return Clock.fixed(date.atTime(9, 0).atZone(zone).toInstant(), zone);
    }
}
