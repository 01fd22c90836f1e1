package org.salondesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingRequest;
import org.salondesk.persistence.BackupCheck;
import org.salondesk.persistence.Backups;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.ScriptRestore;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the desk's H2 file that can be put back: made and checked, listed, the second folder, and a restore that
 * brings back the old state while the state it replaces is kept aside.
 */
class BackupServiceTest {

    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceTest.class);

    @TempDir
    Path folder;
    @TempDir
    Path stick;

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.embeddedIn(folder), clock, false);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BackupService backups() {
        return desk.backups();
    }

    /**
     * HikariCP hands out a connection used less than half a second ago unchecked; in one JVM a fast restore ends
     * within that, and another desk's first query would meet its closed session (a desk gets over that, see
     * {@link #aDeskThatKeepsQueryingThroughARestoreCarriesOnAfterIt}). Tests about what that desk then reads start it
     * on fresh connections.
     */
    private static void freshConnections(SalonDesk other) {
        ((HikariDataSource) DeskInternals.database(other).dataSource()).getHikariPoolMXBean().softEvictConnections();
    }

    /** A day of bookings: one an hour for each master, from 09:00. */
    private List<Long> aDayOfBookings(LocalDate date) {
        List<Long> made = new ArrayList<>();
        for (int hour = 9; hour < 17; hour++) {
            for (long master : List.of(salon.olga, salon.pavel)) {
                made.add(desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), date,
                        LocalTime.of(hour, 0), master, salon.anna)).id());
            }
        }
        return made;
    }

    private long bookings() {
        return DeskInternals.database(desk).withConnection(connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("select count(*) from booking")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private BackupCopy listed(Path file) {
        return backups().copies(Optional.of(stick)).stream().filter(copy -> copy.file().equals(file)).findFirst()
                .orElseThrow();
    }

    @Test
    void aRestoredCopyBringsBackTheOldStateAndTheStateItReplacedIsKeptAside() throws Exception {
        LocalDate day = TestToday.date().plusDays(1);
        long first = desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), day,
                LocalTime.of(18 - 1, 0), salon.olga, salon.anna)).id();
        BackupOutcome before = backups().backUpNow(Optional.empty(), BackupProgress.NONE);
        assertThat(before.copy().check().verified()).isTrue();
        assertThat(before.copy().check().bookings()).isEqualTo(1);

        List<Long> dayOfBookings = aDayOfBookings(day);
        assertThat(bookings()).isEqualTo(17);

        List<String> steps = new ArrayList<>();
        long started = System.nanoTime();
        RestoreOutcome outcome;
        try (CheckedCopy checked = backups().check(before.copy(), (fraction, step) -> steps.add(step))) {
            assertThat(checked.counts().bookings()).isEqualTo(1);
            assertThat(checked.violations()).isEmpty();
            outcome = backups().restore(checked, (fraction, step) -> steps.add(step));
        }
        LOG.info("Checked and restored a copy of 1 booking over 17 in {} ms", (System.nanoTime() - started) / 1_000_000);

        assertThat(bookings()).as("the old state is back").isEqualTo(1);
        assertThat(desk.bookingQueries().details(first).id()).isEqualTo(first);
        for (long gone : dayOfBookings) {
            assertThatThrownBy(() -> desk.bookingQueries().details(gone)).isInstanceOf(SalonDeskException.class);
        }
        assertThat(outcome.aside().kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        assertThat(outcome.aside().check().verified()).isTrue();
        assertThat(outcome.aside().check().bookings()).as("the state replaced is kept aside").isEqualTo(17);
        assertThat(backups().lastRestore()).contains(outcome.notice());
        assertThat(outcome.notice().copy()).isEqualTo(before.copy().name());
        assertThat(steps).isNotEmpty();
        assertThat(backups().restoreUnderway()).isFalse();
        assertThat(Files.list(folder.resolve("backups")).map(Path::getFileName).map(Path::toString))
                .as("nothing of the restore's scratch work is left").noneMatch(name ->
                        name.startsWith(ScriptRestore.STAGING_PREFIX));

        // The desk carries on on the restored database: the day's time is free again, and the aside copy brings the
        // day back when it is restored in turn.
        aDayOfBookings(day);
        try (CheckedCopy aside = backups().check(outcome.aside(), BackupProgress.NONE)) {
            assertThat(aside.counts().bookings()).isEqualTo(17);
            backups().restore(aside, BackupProgress.NONE);
        }
        assertThat(bookings()).isEqualTo(17);
        for (long back : dayOfBookings) {
            assertThat(desk.bookingQueries().details(back).id()).isEqualTo(back);
        }
    }

    @Test
    void aSecondDeskOnTheFileReadsTheRestoredDatabase() {
        BackupOutcome empty = backups().backUpNow(Optional.empty(), BackupProgress.NONE);
        aDayOfBookings(TestToday.date().plusDays(1));
        try (SalonDesk second = SalonDesk.open(JdbcUrl.embeddedIn(folder), clock, false)) {
            assertThat(second.requestQueries()).isNotNull();
            try (CheckedCopy checked = backups().check(empty.copy(), BackupProgress.NONE)) {
                backups().restore(checked, BackupProgress.NONE);
            }
            freshConnections(second);
            long seen = DeskInternals.database(second).withConnection(connection -> {
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("select count(*) from booking")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(seen).isZero();
            assertThat(second.backups().lastRestore()).isPresent();
            assertThat(second.backups().lastRestore().orElseThrow().desk()).isNotEqualTo(second.backups().deskId());
        }
    }

    @Test
    void aDeskThatKeepsQueryingThroughARestoreCarriesOnAfterIt() throws Exception {
        BackupOutcome copy = backups().backUpNow(Optional.empty(), BackupProgress.NONE);
        aDayOfBookings(TestToday.date().plusDays(1));
        try (SalonDesk other = SalonDesk.open(JdbcUrl.embeddedIn(folder), clock, false)) {
            AtomicBoolean restored = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger failures = new AtomicInteger();
            CountDownLatch afterwards = new CountDownLatch(20);
            Thread polling = new Thread(() -> {
                // As a desk's change poller does: one query after another on its own pool, with no pause.
                while (!stop.get()) {
                    try {
                        long seen = DeskInternals.database(other).withConnection(connection -> {
                            try (var statement = connection.createStatement();
                                 var rows = statement.executeQuery("select count(*) from booking")) {
                                rows.next();
                                return rows.getLong(1);
                            }
                        });
                        if (restored.get() && seen == 0) {
                            afterwards.countDown();
                        }
                    } catch (SalonDeskException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            polling.start();
            try (CheckedCopy checked = backups().check(copy.copy(), BackupProgress.NONE)) {
                backups().restore(checked, BackupProgress.NONE);
            }
            restored.set(true);
            boolean carriesOn = afterwards.await(60, TimeUnit.SECONDS);
            stop.set(true);
            polling.join();
            LOG.info("The polling desk saw {} failed queries around the restore", failures.get());
            assertThat(carriesOn).as("the other desk reads the restored database again").isTrue();
        }
    }

    /** A master who does haircuts every day from {@code from} to {@code to}, made through {@code on}. */
    private long master(SalonDesk on, String name, int from, int to) {
        long master = on.masters().createMaster(salon.branch, name, null, null);
        on.provisions().assignServices(master, List.of(salon.haircut));
        for (DayOfWeek day : DayOfWeek.values()) {
            on.schedules().setWeeklyShift(master, day, LocalTime.of(from, 0), LocalTime.of(to, 0));
        }
        return master;
    }

    @Test
    void anotherDeskDoesNotTakeWhatItKeptOfTheCatalogueForTheRestoredOne() {
        LocalDate day = TestToday.date().plusDays(1);
        BackupOutcome copy = backUpNow();
        try (SalonDesk other = SalonDesk.open(JdbcUrl.embeddedIn(folder), clock, false)) {
            master(desk, "Ранняя", 6, 8);
            assertThat(other.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), day, null, null))
                    .as("the other desk keeps the early master in memory").contains(LocalTime.of(6, 0));

            try (CheckedCopy checked = backups().check(copy.copy(), BackupProgress.NONE)) {
                backups().restore(checked, BackupProgress.NONE);
            }
            // One change after the restore: the catalogue's version must not come back to what the other desk knows.
            master(desk, "Поздняя", 19, 21);
            freshConnections(other);

            assertThat(other.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), day, null, null))
                    .contains(LocalTime.of(19, 0)).doesNotContain(LocalTime.of(6, 0));
        }
    }

    private BackupOutcome backUpNow() {
        return backups().backUpNow(Optional.empty(), BackupProgress.NONE);
    }

    @Test
    void everyCopyIsCheckedOnceWrittenAndTheSecondFolderGetsOneToo() throws IOException {
        aDayOfBookings(TestToday.date().plusDays(1));

        BackupOutcome outcome = backups().backUpNow(Optional.of(stick), BackupProgress.NONE);

        assertThat(outcome.copy().kind()).isEqualTo(BackupKind.MANUAL);
        assertThat(outcome.copy().check().status()).isEqualTo(BackupCheck.Status.VERIFIED);
        assertThat(outcome.copy().check().bookings()).isEqualTo(16);
        assertThat(outcome.copy().check().schemaVersion()).isEqualTo(desk.databaseLink().schemaVersion());
        assertThat(outcome.copy().madeAt()).isEqualTo(LocalDateTime.now(clock));
        assertThat(outcome.second().status()).isEqualTo(SecondCopy.Status.COPIED);
        assertThat(outcome.second().check().bookings()).isEqualTo(16);
        assertThat(Files.size(outcome.second().file())).isEqualTo(Files.size(outcome.copy().file()));

        List<BackupCopy> listed = backups().copies(Optional.of(stick));
        assertThat(listed).hasSize(2).allSatisfy(copy -> assertThat(copy.check().verified()).isTrue());
        assertThat(listed).filteredOn(BackupCopy::inSecondFolder).singleElement()
                .satisfies(copy -> assertThat(copy.name()).isEqualTo(outcome.copy().name()));
    }

    @Test
    void aSecondFolderThatIsNotThereIsReportedAndTheCopyOnThisPcIsMadeAllTheSame() {
        Path unplugged = stick.resolve("unplugged");

        BackupOutcome outcome = backups().backUpNow(Optional.of(unplugged), BackupProgress.NONE);

        assertThat(outcome.copy().check().verified()).isTrue();
        assertThat(outcome.second().status()).isEqualTo(SecondCopy.Status.FAILED);
        assertThat(outcome.second().problem()).isNotBlank();
        assertThat(unplugged).doesNotExist();
    }

    @Test
    void aTruncatedCopyIsMarkedFailedRefusedForRestoreAndNeverPruned() throws IOException {
        BackupOutcome good = backups().backUpNow(Optional.empty(), BackupProgress.NONE);
        Path broken = good.copy().file().resolveSibling(Backups.DAILY_PREFIX + TestToday.date().minusDays(30)
                + Backups.EXTENSION);
        byte[] bytes = Files.readAllBytes(good.copy().file());
        Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2));

        BackupCopy listed = listed(broken);
        assertThat(listed.check().status()).as("checked when first listed").isEqualTo(BackupCheck.Status.FAILED);
        assertThat(listed.check().reason()).isEqualTo(BackupCheck.Reason.DAMAGED);
        assertThat(listed.check().problem()).isNotBlank();
        assertThatThrownBy(() -> backups().check(listed, BackupProgress.NONE))
                .isInstanceOfSatisfying(SalonDeskException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(refused.getMessage()).contains(broken.getFileName().toString());
                });

        // Twenty days of copies later, the good old ones beyond fourteen are gone, the failed one stays.
        for (int day = 1; day <= 20; day++) {
            clock.set(TestToday.date().plusDays(day).atTime(8, 0));
            assertThat(backups().daily(Optional.empty())).isPresent();
        }
        List<BackupCopy> dailies = backups().copies(Optional.empty()).stream()
                .filter(copy -> copy.kind() == BackupKind.DAILY).toList();
        assertThat(dailies).hasSize(Backups.DAILY_KEPT + 1);
        assertThat(dailies).filteredOn(copy -> copy.check().failed()).singleElement()
                .satisfies(copy -> assertThat(copy.file()).isEqualTo(broken));
        assertThat(good.copy().file()).as("a copy made by hand is never pruned").exists();
    }

    @Test
    void aCopyOfAnOlderSchemaIsMigratedWhenRestored(@TempDir Path older) throws Exception {
        // The copy an upgrade made before migrating: restoring it brings its data to this version's schema.
        String current = desk.databaseLink().schemaVersion();
        String olderUrl = TestDatabases.fileUrl(older);
        TestDatabases.flyway(olderUrl).target("1").load().migrate();
        Path copy = folder.resolve("backups").resolve(Backups.MIGRATION_PREFIX + "1-20260101-090000"
                + Backups.EXTENSION);
        try (Connection connection = TestDatabases.connect(olderUrl);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into branch (name, time_zone) values ('Old branch', 'Europe/Moscow')");
            statement.execute("backup to '" + copy + "'");
        }

        BackupCopy listed = listed(copy);
        assertThat(listed.kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
        assertThat(listed.check().schemaVersion()).isEqualTo("1");
        try (CheckedCopy checked = backups().check(listed, BackupProgress.NONE)) {
            assertThat(checked.schemaVersion()).isEqualTo("1");
            assertThat(checked.migratedTo()).isEqualTo(desk.databaseLink().schemaVersion());
            assertThat(checked.counts().branches()).isEqualTo(1);
            backups().restore(checked, BackupProgress.NONE);
        }

        assertThat(desk.branches().branches()).extracting(branch -> branch.name()).containsExactly("Old branch");
        assertThat(desk.databaseLink().schemaVersion()).isEqualTo(current);
    }
}
