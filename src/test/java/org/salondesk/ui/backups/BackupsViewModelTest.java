package org.salondesk.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.backup.BackupKind;
import org.salondesk.backup.BackupService;
import org.salondesk.booking.BookingRequest;
import org.salondesk.persistence.Backups;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.ScriptRestore;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

/** Settings → Backups without a screen: on a real H2 file, with the work done on the calling thread. */
class BackupsViewModelTest {

    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);

    @TempDir
    Path folder;
    @TempDir
    Path stick;

    private final MutableClock clock = TestToday.at(9, 0);
    private final ViewPreferences preferences = ViewPreferences.inMemory();
    private final List<String> copied = new ArrayList<>();
    private final List<String> news = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private int reloads;
    private SalonDesk desk;
    private SmallSalon salon;
    private BackupsViewModel viewModel;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.embeddedIn(folder), clock, false);
        salon = new SmallSalon(desk);
        viewModel = viewModelOn(desk);
        viewModel.stepProperty().addListener((obs, old, step) -> {
            if (!step.isEmpty()) {
                steps.add(step);
            }
        });
        viewModel.start();
    }

    private BackupsViewModel viewModelOn(SalonDesk on) {
        BackupsViewModel made = new BackupsViewModel(on.backups(), BackgroundExecutor.sameThread(), new NoticeBoard(),
                preferences, new DesktopActions() {
                    @Override
                    public void copy(String text) {
                        copied.add(text);
                    }

                    @Override
                    public void open(String uri) {
                    }
                });
        made.setOnNews(news::add);
        made.setOnRestored(() -> reloads++);
        return made;
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void book(int hour) {
        desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), TOMORROW,
                LocalTime.of(hour, 0), salon.olga, salon.anna));
    }

    private long bookings() {
        return desk.bookingQueries().forCalendar(salon.branch, TOMORROW, TOMORROW).size();
    }

    private String notice() {
        Notice notice = viewModel.notices().currentProperty().get();
        return notice == null ? "" : notice.text();
    }

    @Test
    void backUpNowShowsItsProgressAndListsTheCheckedCopy() {
        assertThat(viewModel.support()).isEqualTo(BackupService.Support.FILE);
        assertThat(viewModel.copies()).isEmpty();
        book(10);

        viewModel.backUpNow();

        assertThat(steps).contains("Copying the database…", "Copy made and checked.");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(notice()).isEqualTo("Copy made and checked (bookings: 1).");
        assertThat(viewModel.copies()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Back up now");
            assertThat(row.check()).startsWith("Opens · bookings: 1 · schema version ");
            assertThat(row.where()).isEqualTo("This PC");
            assertThat(row.size()).matches("\\d+ KB|\\d+\\.\\d MB");
            assertThat(row.failed()).isFalse();
        });
        assertThat(viewModel.canRestoreProperty().get()).as("nothing chosen yet").isFalse();
        viewModel.selectedProperty().set(viewModel.copies().get(0));
        assertThat(viewModel.canRestoreProperty().get()).isTrue();
    }

    @Test
    void theSecondFolderIsRememberedOnThisPcAndGetsEachCopyToo() {
        assertThat(viewModel.secondFolderProperty().get()).isEmpty();
        viewModel.chooseSecondFolder(folder.resolve("backups"));
        assertThat(notice()).startsWith("That is the folder of the copies on this PC");
        assertThat(viewModel.secondFolderProperty().get()).isEmpty();

        viewModel.chooseSecondFolder(stick);
        // Both temporary folders of the test lie on one disk: the desk takes the folder and says what that means.
        assertThat(notice()).contains("on the same disk as the database");
        viewModel.backUpNow();

        assertThat(notice()).contains("Also copied to " + stick);
        assertThat(viewModel.copies()).extracting(BackupRow::where).containsExactlyInAnyOrder("This PC",
                "Second folder");
        BackupsViewModel later = viewModelOn(desk);
        assertThat(later.secondFolderProperty().get()).isEqualTo(stick.toAbsolutePath().toString());

        later.forgetSecondFolder();
        assertThat(viewModelOn(desk).secondFolderProperty().get()).isEmpty();
    }

    @Test
    void restoreChecksTheCopyAsksAndThenBringsItBackWithTheCurrentStateKeptAside() {
        book(10);
        viewModel.backUpNow();
        book(12);
        book(14);
        viewModel.selectedProperty().set(viewModel.copies().get(0));

        viewModel.restore();

        String question = viewModel.restoreQuestionProperty().get();
        assertThat(question).contains("passed the self-check", "bookings: 1, clients: 1, masters: 2",
                "copied aside first");
        assertThat(viewModel.canBackUpProperty().get()).as("nothing else while the question waits").isFalse();
        assertThat(bookings()).as("nothing restored before the answer").isEqualTo(3);

        viewModel.answerRestore(true);

        assertThat(bookings()).isEqualTo(1);
        assertThat(reloads).as("the screens read the restored database").isEqualTo(1);
        assertThat(notice()).startsWith("The copy of ").contains("is restored", Backups.RESTORE_PREFIX);
        assertThat(viewModel.copies()).extracting(row -> row.copy().kind())
                .containsExactlyInAnyOrder(BackupKind.MANUAL, BackupKind.BEFORE_RESTORE);
        assertThat(viewModel.copies()).filteredOn(row -> row.copy().kind() == BackupKind.BEFORE_RESTORE)
                .singleElement().satisfies(row -> assertThat(row.check()).startsWith("Opens · bookings: 3 "));
    }

    @Test
    void answeringNoRestoresNothingAndLeavesNoScratchWork() throws IOException {
        viewModel.backUpNow();
        book(10);
        viewModel.selectedProperty().set(viewModel.copies().get(0));

        viewModel.restore();
        viewModel.answerRestore(false);

        assertThat(viewModel.restoreQuestionProperty().get()).isNull();
        assertThat(bookings()).isEqualTo(1);
        assertThat(reloads).isZero();
        assertThat(viewModel.copies()).hasSize(1);
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(ScriptRestore.STAGING_PREFIX));
        }
    }

    @Test
    void aCopyThatDoesNotOpenIsMarkedAndCannotBeRestored() throws IOException {
        viewModel.backUpNow();
        Path good = viewModel.copies().get(0).copy().file();
        byte[] bytes = Files.readAllBytes(good);
        Files.write(good.resolveSibling(Backups.DAILY_PREFIX + TestToday.date().minusDays(3) + Backups.EXTENSION),
                Arrays.copyOf(bytes, bytes.length / 3));

        viewModel.start();

        BackupRow broken = viewModel.copies().stream().filter(BackupRow::failed).findFirst().orElseThrow();
        assertThat(broken.check()).startsWith("Does not open: the file is damaged, not a whole zip (")
                .contains("never deleted");
        viewModel.selectedProperty().set(broken);
        assertThat(viewModel.canRestoreProperty().get()).isFalse();
    }

    @Test
    void aRestoreAtAnotherDeskIsToldHereAndTheScreensReadItAgain() {
        viewModel.backUpNow();
        book(10);
        viewModel.watch();
        try (SalonDesk other = SalonDesk.open(JdbcUrl.embeddedIn(folder), clock, false)) {
            BackupsViewModel there = viewModelOn(other);
            there.start();
            there.watch();
            there.selectedProperty().set(there.copies().get(0));
            there.restore();
            there.answerRestore(true);
            assertThat(reloads).as("the restoring desk reads its own screens").isEqualTo(1);
            there.watch();
            assertThat(reloads).as("...once").isEqualTo(1);
        }
        assertThat(news).isEmpty();
        // HikariCP hands out a connection used less than half a second ago unchecked, and in one JVM a fast restore
        // ends within that; this desk reads on fresh connections, as one in another process, idle meanwhile, does.
        ((HikariDataSource) DeskInternals.database(desk).dataSource()).getHikariPoolMXBean().softEvictConnections();

        viewModel.watch();

        assertThat(news).singleElement().satisfies(text ->
                assertThat(text).startsWith("Another desk restored the database from the copy of "));
        assertThat(reloads).isEqualTo(2);
        assertThat(bookings()).isZero();
        viewModel.watch();
        assertThat(news).hasSize(1);
    }

    @Test
    void onADatabaseThatIsNotAFileHereNothingIsCopied() {
        try (SalonDesk memory = SalonDesk.open(JdbcUrl.of(TestDatabases.memoryUrl()), clock, false)) {
            BackupsViewModel none = viewModelOn(memory);
            none.start();
            none.backUpNow();
            assertThat(none.support()).isEqualTo(BackupService.Support.NONE);
            assertThat(none.canBackUpProperty().get()).isFalse();
            assertThat(none.copies()).isEmpty();
            assertThat(none.dumpCommandProperty().get()).isEmpty();
        }
    }
}
