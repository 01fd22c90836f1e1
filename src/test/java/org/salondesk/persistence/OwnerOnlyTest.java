package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.testing.TestToday;

/**
 * The data folder, the database's files and its copies are readable by their owner only (0700 folders, 0600 files),
 * from creation and again at each start; nothing that is not SalonDesk's is touched; what others could read is named.
 * Runs in a temporary folder, never the user's data folder.
 */
class OwnerOnlyTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        // Windows has no modes and nothing is done there: these tests need a disk with them.
        assumeTrue(OwnerOnly.hasModes(temp), "a file system with POSIX modes");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** A file as a process with the usual umask 022 makes it: everyone may read it. */
    private static Path openFile(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "salon");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        return path;
    }

    private static Path openFolder(Path path) throws IOException {
        Files.createDirectories(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }

    @Test
    void aNewDataFolderIsItsOwnersOnlyFromTheStart() throws IOException {
        Path folder = temp.resolve("share").resolve("salondesk");

        OwnerOnly.createFolder(folder);

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(OwnerOnly.looseInDataFolder(folder)).isEmpty();
    }

    @Test
    void eachStartTightensWhatSalonDeskKeepsInTheFolderAndNothingElse() throws IOException {
        Path folder = openFolder(temp.resolve("salondesk"));
        Path database = openFile(folder.resolve("salondesk.mv.db"));
        Path settings = openFile(folder.resolve("desk-user.properties"));
        Path logs = openFolder(folder.resolve("logs"));
        Path log = openFile(logs.resolve("salondesk.log"));
        Path copy = openFile(folder.resolve("backups").resolve("salondesk-daily-2027-01-13.zip"));
        Path photos = openFolder(folder.resolve("photos"));
        Path photo = openFile(photos.resolve("salon.jpg"));

        assertThat(OwnerOnly.looseInDataFolder(folder)).extracting(OwnerOnly.Loose::path)
                .contains(folder, database, settings, logs, log, copy).doesNotContain(photos, photo);
        assertThat(OwnerOnly.looseInDataFolder(folder)).filteredOn(loose -> loose.path().equals(log))
                .extracting(OwnerOnly.Loose::mode).containsExactly("rw-r--r--");

        OwnerOnly.tightenDataFolder(folder);

        for (Path file : List.of(database, settings, log, copy)) {
            assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
        }
        for (Path own : List.of(folder, logs, copy.getParent())) {
            assertThat(mode(own)).as(own.toString()).isEqualTo("rwx------");
        }
        assertThat(mode(photos)).as("a folder of the user's own").isEqualTo("rwxr-xr-x");
        assertThat(mode(photo)).isEqualTo("rw-r--r--");
        assertThat(OwnerOnly.looseInDataFolder(folder)).isEmpty();
    }

    @Test
    void aDatabaseInAFolderOfTheUsersOwnHasOnlyItsFilesTightened() throws IOException {
        Path documents = openFolder(temp.resolve("documents"));
        Path database = openFile(documents.resolve("salon.mv.db"));
        Path trace = openFile(documents.resolve("salon.trace.db"));
        Path letter = openFile(documents.resolve("letter.txt"));
        Path other = openFile(documents.resolve("salonist.mv.db"));

        assertThat(OwnerOnly.looseOfDatabase(documents.resolve("salon"))).extracting(OwnerOnly.Loose::path)
                .containsExactly(database, trace);
        OwnerOnly.tightenDatabase(documents.resolve("salon"));

        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(mode(trace)).isEqualTo("rw-------");
        assertThat(mode(letter)).isEqualTo("rw-r--r--");
        assertThat(mode(other)).as("another database's").isEqualTo("rw-r--r--");
        assertThat(mode(documents)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void theFilesH2MakesAndEveryCopyAreTheOwnersOnlyAndTheSelfCheckNamesOneThatIsNot() throws IOException {
        Path folder = openFolder(temp.resolve("salondesk"));
        JdbcUrl url = JdbcUrl.embeddedIn(folder);
        Path file = folder.resolve("salondesk.mv.db");
        try (SalonDesk desk = SalonDesk.open(url, TestToday.at(8, 0), false)) {
            assertThat(mode(file)).as("tightened once open").isEqualTo("rw-------");
            assertThat(files(folder)).filteredOn(path -> path.getFileName().toString().startsWith("salondesk."))
                    .isNotEmpty().allSatisfy(path -> assertThat(mode(path)).isEqualTo("rw-------"));

            Clock tomorrow = Clock.fixed(LocalDate.of(2027, 1, 14).atTime(8, 0).atZone(ZoneId.of("Europe/Moscow"))
                    .toInstant(), ZoneId.of("Europe/Moscow"));
            Path copy = Backups.daily(DeskInternals.database(desk), tomorrow).orElseThrow();

            assertThat(mode(copy.getParent())).isEqualTo("rwx------");
            assertThat(files(copy.getParent())).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(path -> assertThat(mode(path)).as(path.toString()).isEqualTo("rw-------"));
            assertThat(desk.selfCheck().looseFiles()).isEmpty();

            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(desk.selfCheck().looseFiles()).extracting(OwnerOnly.Loose::path, OwnerOnly.Loose::mode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(file, "rw-r--r--"));
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
