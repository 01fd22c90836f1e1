package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestsCsv;
import org.salondesk.i18n.Messages;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** Request review on the real window, on the demo salon. */
class RequestsWindowTest {

    private static final LocalDate TODAY = TestToday.date();
    /** The known demo client's phone, typed as a receptionist would. */
    private static final String KNOWN_PHONE_TYPED = "8 916 123-45-67";

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        MutableClock clock = TestToday.at(9, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private long newInDatabase() {
        return window.desk().requestQueries().count(new RequestFilter(null, null, Set.of(BookingStatus.NEW), null,
                null, null));
    }

    @SuppressWarnings("unchecked")
    private TableView<RequestRow> table() {
        return robot.lookup("#requests-table").queryAs(TableView.class);
    }

    private void openRequests() throws Exception {
        robot.clickOn("#nav-requests");
        window.waitUntil(() -> robot.lookup("#requests-table").tryQuery().isPresent() && !table().getItems().isEmpty());
    }

    @Test
    void theNewBadgeCountsNewRequestsAndConfirmingOneRemovesItFromNew() throws Exception {
        long waiting = newInDatabase();
        assertThat(waiting).isPositive();
        window.waitUntil(() -> robot.lookup("#badge-requests").queryAs(Label.class).getText()
                .startsWith(waiting + " "));

        openRequests();
        // With new requests waiting, the list opens on them.
        assertThat(table().getItems()).hasSize((int) Math.min(waiting, 100))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(BookingStatus.NEW));
        RequestRow first = table().getItems().get(0);
        robot.clickOn((Node) robot.lookup(node -> node instanceof TableRow<?> row && first.equals(row.getItem()))
                .query());
        window.waitUntil(() -> robot.lookup("#details-to-confirmed").tryQuery().isPresent());
        // The pipeline offers only what may come next: no "completed" for a new request.
        assertThat(robot.lookup("#details-to-completed").tryQuery()).isEmpty();
        assertThat(robot.lookup("#details-to-arrived").tryQuery()).isEmpty();

        robot.clickOn("#details-to-confirmed");

        window.waitUntil(() -> table().getItems().stream().noneMatch(row -> row.id() == first.id()));
        assertThat(window.desk().booking().getActiveBookingInfo(first.id()).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        window.waitUntil(() -> robot.lookup("#badge-requests").queryAs(Label.class).getText()
                .startsWith((waiting - 1) + " "));
    }

    @Test
    void byDateShowsExactlyThatDatesRequestsForAllMasters() throws Exception {
        openRequests();
        LocalDate date = TODAY.minusDays(3);
        robot.interact(() -> robot.lookup("#requests-date").queryAs(DatePicker.class).setValue(date));
        robot.clickOn("#requests-quick-by_date");

        long expected = window.desk().booking().getCompaniesForBooking().stream()
                .mapToLong(branch -> window.desk().bookingQueries().forCalendar(branch.id(), date, date).size())
                .sum();
        window.waitUntil(() -> table().getItems().size() == Math.min(expected, 100)
                && table().getItems().stream().allMatch(row -> row.date().equals(date)));
        long masters = window.desk().booking().getCompaniesForBooking().stream()
                .mapToLong(branch -> window.desk().bookingQueries().forCalendar(branch.id(), date, date).stream()
                        .map(b -> b.masterId()).distinct().count()).sum();
        assertThat(table().getItems().stream().map(RequestRow::masterId).distinct().count()).isEqualTo(masters);
        assertThat(robot.lookup("#requests-page").queryAs(Label.class).getText()).contains(Long.toString(expected));
    }

    @Test
    void aFinishedRequestOffersNoStatusStep() throws Exception {
        openRequests();
        robot.clickOn("#requests-quick-all");
        robot.clickOn("#requests-search").write(KNOWN_PHONE_TYPED);
        window.waitUntil(() -> table().getItems().stream().anyMatch(row -> row.status() == BookingStatus.COMPLETED));
        RequestRow completed = table().getItems().stream().filter(row -> row.status() == BookingStatus.COMPLETED)
                .findFirst().orElseThrow();
        robot.interact(() -> table().getSelectionModel().select(completed));
        window.waitUntil(() -> robot.lookup("#details-status").queryAs(Label.class).getText()
                .equals(Messages.get("status.COMPLETED")));
        assertThat(robot.lookup("#details-actions").queryAs(FlowPane.class).getChildren())
                .isEmpty();
        assertThat(robot.lookup("#details-cancel").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theExportedCsvRoundTrips() throws Exception {
        openRequests();
        robot.clickOn("#requests-quick-week");
        window.waitUntil(() -> table().getItems().stream().allMatch(row -> !row.date().isBefore(TODAY)));
        Path file = folder.resolve("week.csv");

        robot.interact(() -> window.app().wiring().requests().export(file));

        window.waitUntil(() -> Files.exists(file)
                && window.app().wiring().requests().exportProgressProperty().get() < 0);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<CSVRecord> records = RequestsCsv.FORMAT.parse(new StringReader(csv.substring(1))).getRecords();
        List<RequestRow> rows = window.desk().requestQueries().page(
                window.app().wiring().requests().filter(), window.app().wiring().requests().sortProperty().get(), 0,
                10_000);
        assertThat(records).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(records.get(i + 1).get(0)).isEqualTo(Long.toString(rows.get(i).number()));
            assertThat(records.get(i + 1).get(6)).isEqualTo(rows.get(i).clientName());
        }
    }

}
