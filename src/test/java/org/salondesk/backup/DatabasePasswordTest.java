package org.salondesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.catalog.BranchRow;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.OwnerOnly;
import org.salondesk.testing.TestToday;

/**
 * The embedded database has its own random password, kept owner-only beside it, not H2's empty one for {@code sa}:
 * a new file gets it, an older one is switched on its first open with nothing lost, and a copy made with the empty
 * password is still checked and put back (after which the database keeps its own password).
 */
class DatabasePasswordTest {

    @TempDir
    Path folder;

    private JdbcUrl url() {
        return JdbcUrl.embeddedIn(folder);
    }

    private Path passwordFile() {
        return folder.resolve("salondesk.password");
    }

    /** Whether H2 lets {@code sa} in with {@code password}. */
    private boolean opensWith(String password) {
        try (Connection connection = DriverManager.getConnection(url().value(), "sa", password)) {
            return connection.isValid(1);
        } catch (SQLException refused) {
            assertThat(refused.getErrorCode()).as(refused.getMessage()).isEqualTo(28000);
            return false;
        }
    }

    /** A database as an older SalonDesk left it: every migration, a branch, and the empty password. */
    private void olderDatabase(String branch) throws SQLException {
        Flyway.configure().dataSource(url().value(), "sa", "")
                .locations("classpath:db/migration", "classpath:db/engine/h2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url().value(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into branch (name, time_zone) values ('" + branch + "', 'Europe/Moscow')");
        }
    }

    @Test
    void aNewDatabaseGetsItsOwnRandomPasswordKeptOwnerOnly() throws Exception {
        try (SalonDesk desk = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            desk.branches().createBranch("Лаванда", null);
        }

        String password = Files.readString(passwordFile());
        assertThat(password).hasSize(32).matches("[A-Za-z0-9_-]+");
        if (OwnerOnly.hasModes(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                    .isEqualTo("rw-------");
        }
        assertThat(opensWith("")).as("the empty password").isFalse();
        assertThat(opensWith(password)).isTrue();
        assertThat(url().password()).contains(password);
    }

    @Test
    void anOlderDatabaseIsSwitchedOnItsFirstOpenWithNothingLost() throws Exception {
        olderDatabase("Старый филиал");
        assertThat(opensWith("")).isTrue();

        try (SalonDesk desk = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            assertThat(desk.branches().branches()).extracting(BranchRow::name).containsExactly("Старый филиал");
        }

        assertThat(opensWith("")).isFalse();
        assertThat(opensWith(Files.readString(passwordFile()))).isTrue();
        try (SalonDesk again = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            assertThat(again.branches().branches()).extracting(BranchRow::name).containsExactly("Старый филиал");
        }
    }

    @Test
    void aCopyMadeWithTheEmptyPasswordIsCheckedAndPutBackAndTheDatabaseKeepsItsOwn() throws Exception {
        olderDatabase("Из старой копии");
        Path old = folder.resolve("backups").resolve("salondesk-manual-20270101-090000.zip");
        Files.createDirectories(old.getParent());
        try (Connection connection = DriverManager.getConnection(url().value(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + old.toString().replace("'", "''") + "'");
        }

        try (SalonDesk desk = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            desk.branches().createBranch("Открыт позже", null);
            BackupCopy copy = desk.backups().copies(Optional.empty()).stream()
                    .filter(each -> each.file().equals(old)).findFirst().orElseThrow();

            try (CheckedCopy checked = desk.backups().check(copy, BackupProgress.NONE)) {
                desk.backups().restore(checked, BackupProgress.NONE);
            }

            assertThat(desk.branches().branches()).extracting(BranchRow::name).containsExactly("Из старой копии");
        }
        String password = Files.readString(passwordFile());
        assertThat(opensWith("")).as("the restored copy's empty password did not come back").isFalse();
        assertThat(opensWith(password)).isTrue();
        try (SalonDesk again = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            assertThat(again.branches().branches()).extracting(BranchRow::name).containsExactly("Из старой копии");
        }
    }

    @Test
    void aCopyInTheSecondFolderOpensOnANewPcThatHasAPasswordOfItsOwn() throws Exception {
        Path stick = Files.createDirectory(folder.resolve("stick"));
        Path newPc = Files.createDirectory(folder.resolve("new-pc"));
        Path onStick;
        try (SalonDesk desk = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            desk.branches().createBranch("Со старого компьютера", null);
            onStick = desk.backups().backUpNow(Optional.of(stick), BackupProgress.NONE).second().file();
        }
        assertThat(Files.readString(stick.resolve("salondesk.password"))).isEqualTo(Files.readString(passwordFile()));
        if (OwnerOnly.hasModes(stick)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    stick.resolve("salondesk.password")))).isEqualTo("rw-------");
        }

        try (SalonDesk desk = SalonDesk.open(JdbcUrl.embeddedIn(newPc), TestToday.at(8, 0), false)) {
            assertThat(Files.readString(newPc.resolve("salondesk.password")))
                    .isNotEqualTo(Files.readString(passwordFile()));
            BackupCopy copy = desk.backups().copies(Optional.of(stick)).stream()
                    .filter(each -> each.file().equals(onStick)).findFirst().orElseThrow();
            try (CheckedCopy checked = desk.backups().check(copy, BackupProgress.NONE)) {
                desk.backups().restore(checked, BackupProgress.NONE);
            }
            assertThat(desk.branches().branches()).extracting(BranchRow::name)
                    .containsExactly("Со старого компьютера");
        }
        try (SalonDesk again = SalonDesk.open(JdbcUrl.embeddedIn(newPc), TestToday.at(8, 0), false)) {
            assertThat(again.branches().branches()).extracting(BranchRow::name)
                    .containsExactly("Со старого компьютера");
        }
    }

    @Test
    void aWrongPasswordIsNotMistakenForTheEmptyOne() throws Exception {
        try (SalonDesk desk = SalonDesk.open(url(), TestToday.at(8, 0), false)) {
            desk.branches().createBranch("Лаванда", null);
        }
        Files.writeString(passwordFile(), "not-the-password");

        assertThatThrownBy(() -> SalonDesk.open(url(), TestToday.at(8, 0), false).close())
                .hasMessageContaining("password");
    }
}
