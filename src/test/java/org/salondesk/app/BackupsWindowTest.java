package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.backup.BackupKind;
import org.salondesk.booking.BookingRequest;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.backups.BackupRow;
import org.salondesk.ui.backups.BackupsView;
import org.testfx.api.FxRobot;

/**
 * Settings → Backups on the real window: a copy made here (and in the second folder, chosen through an injected folder
 * picker since the OS's chooser cannot be driven headless), then a restore of it that asks first and leaves the
 * calendar showing the old day again.
 */
class BackupsWindowTest {

    @TempDir
    Path folder;
    @TempDir
    Path stick;

    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;
    private long kept;

    @BeforeEach
    void launch() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(9, 0), false, desk -> {
            salon = new SmallSalon(desk);
            kept = book(desk, 10);
        });
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private long book(SalonDesk desk, int hour) {
        return desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut),
                TestToday.date(), LocalTime.of(hour, 0), salon.olga, salon.anna)).id();
    }

    @SuppressWarnings("unchecked")
    private TableView<BackupRow> table() {
        return robot.lookup("#backups-table").queryAs(TableView.class);
    }

    private Optional<BackupRow> row(BackupKind kind, boolean inSecondFolder) {
        return table().getItems().stream().filter(row -> row.copy().kind() == kind
                && row.copy().inSecondFolder() == inSecondFolder).findFirst();
    }

    private String backupsNotice() {
        Node backups = robot.lookup("#backups").query();
        return robot.from(backups).lookup("#notice-text").queryAs(Label.class).getText();
    }

    private List<Long> calendarShows() {
        return window.app().wiring().calendar().snapshotProperty().get().bookings().stream()
                .map(booking -> booking.id()).toList();
    }

    private boolean asking() {
        return robot.lookup("#backups-restore-question").tryQuery().isPresent();
    }

    @Test
    void aCopyMadeHereIsRestoredAfterTheDeskSaysYesAndTheCalendarShowsTheOldDayAgain() throws Exception {
        robot.clickOn("#nav-settings");
        window.waitUntil(() -> robot.lookup("#settings-tabs").tryQuery().isPresent());
        robot.clickOn("Backups");
        window.waitUntil(() -> robot.lookup("#backups-now").tryQuery().map(Node::isVisible).orElse(false));

        BackupsView view = robot.lookup("#backups").queryAs(BackupsView.class);
        view.setFolderPicker((owner, start) -> Optional.of(stick));
        robot.clickOn("#backups-second-choose");
        window.waitUntil(() -> robot.lookup("#backups-second-folder").queryAs(Label.class).getText()
                .equals(stick.toAbsolutePath().toString()));

        robot.clickOn("#backups-now");
        window.waitUntil(() -> row(BackupKind.MANUAL, false).isPresent() && row(BackupKind.MANUAL, true).isPresent());
        assertThat(backupsNotice()).startsWith("Copy made and checked (bookings: 1).").contains(stick.toString());
        assertThat(row(BackupKind.MANUAL, false).orElseThrow().check()).startsWith("Opens · bookings: 1 ");
        window.shot(robot.lookup("#navigation").queryParent().getScene().getRoot(), "backups");

        long gone = book(window.desk(), 12);
        robot.clickOn("#nav-calendar");
        window.waitUntil(() -> window.entry(gone).isPresent());
        robot.clickOn("#nav-settings");
        BackupRow copy = row(BackupKind.MANUAL, false).orElseThrow();
        robot.interact(() -> table().getSelectionModel().select(copy));
        robot.clickOn("#backups-restore");
        window.waitUntil(this::asking);
        window.shot(robot.lookup("#backups-restore-question").query(), "backups-restore-question");
        robot.clickOn("#backups-restore-yes");
        window.waitUntil(() -> !asking() && backupsNotice().contains("is restored"));

        assertThat(window.desk().bookingQueries().forCalendar(salon.branch, TestToday.date(), TestToday.date()))
                .extracting(booking -> booking.id()).containsExactly(kept);
        window.waitUntil(() -> row(BackupKind.BEFORE_RESTORE, false).isPresent());
        assertThat(Files.exists(row(BackupKind.BEFORE_RESTORE, false).orElseThrow().copy().file())).isTrue();

        // The calendar read the restored day while another screen showed, without being opened again.
        window.waitUntil(() -> calendarShows().equals(List.of(kept)));
        robot.clickOn("#nav-calendar");
        window.waitUntil(() -> window.entry(kept).isPresent() && window.entry(gone).isEmpty());
    }
}
