package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.catalog.BranchRow;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.Choice;
import org.testfx.api.FxRobot;

/**
 * The first start on an empty database without the demo (as on a new database server): the first-run form makes the
 * salon's first branch, then the desk opens on its catalogue; the next start goes straight to the calendar.
 */
class FirstRunWindowTest {

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    private void retype(String query, String text) {
        robot.doubleClickOn(query).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private SearchableComboBox<Choice<String>> zonePicker() {
        return robot.lookup("#first-run-time-zone").queryAs(SearchableComboBox.class);
    }

    @Test
    void anEmptyDatabaseAsksForTheSalonThenTheDeskOpensOnIt() throws Exception {
        LaunchSettings noDemo = new LaunchSettings(folder, JdbcUrl.embeddedIn(folder), false, false);
        window = DeskWindow.launch(noDemo, clock);
        robot = window.robot();
        window.waitUntil(() -> showing("#first-run-name"));
        // This PC's zone is proposed; the navigation waits until the salon exists.
        assertThat(zonePicker().getValue().value()).isEqualTo(clock.getZone().getId());
        assertThat(robot.lookup("#navigation").query().isDisabled()).isTrue();

        robot.clickOn("#first-run-create");
        window.waitUntil(() -> robot.lookup("#first-run-create").queryAs(Button.class).isDisabled());
        assertThat(window.desk().branches().branches()).isEmpty();

        robot.clickOn("#first-run-name").write("Лотос");
        robot.clickOn("#first-run-address").write("Невский, 10");
        robot.clickOn("#first-run-time-zone");
        robot.write("Yekaterinburg").type(KeyCode.ENTER);
        window.waitUntil(() -> "Asia/Yekaterinburg".equals(zonePicker().getValue().value()));
        retype("#first-run-slot-interval", "15");
        retype("#first-run-opens", "10:00");
        retype("#first-run-closes", "20:00");
        robot.clickOn("#first-run-address");
        window.waitUntil(() -> !robot.lookup("#first-run-create").queryAs(Button.class).isDisabled());
        window.shot(robot.lookup("#first-run").query(), "first-run");

        robot.clickOn("#first-run-create");

        window.waitUntil(() -> robot.lookup(".catalog-screen").tryQuery().map(node -> node.getScene() != null)
                .orElse(false) && !robot.lookup("#navigation").query().isDisabled());
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        BranchRow made = window.desk().branches().branches().get(0);
        assertThat(window.desk().branches().branchSettings(made.id())).isEqualTo(new BranchSettingsForm("Лотос",
                "Невский, 10", ZoneId.of("Asia/Yekaterinburg"), 15, 0, BranchSettingsForm.DEFAULT_BOOKING_DAYS_AHEAD,
                LocalTime.of(10, 0), LocalTime.of(20, 0)));
        window.waitUntil(() -> robot.lookup("#status-database").queryLabeled().getText().contains("salondesk"));

        window.stop();
        window = DeskWindow.launch(noDemo, clock);
        robot = window.robot();

        // The next start opens the calendar (of a salon with no masters yet) without asking again.
        window.waitUntil(() -> showing("#calendar-resources") && !robot.lookup("#navigation").query().isDisabled());
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        assertThat(window.desk().branches().branches()).extracting(BranchRow::name).containsExactly("Лотос");
    }

    @Test
    void whatIsTypedWrongIsMarkedAndNothingIsMade() throws Exception {
        window = DeskWindow.launch(new LaunchSettings(folder, JdbcUrl.embeddedIn(folder), false, false), clock);
        robot = window.robot();
        window.waitUntil(() -> showing("#first-run-name"));

        robot.clickOn("#first-run-name").write("Лотос");
        retype("#first-run-slot-interval", "7");
        retype("#first-run-closes", "08:00");
        robot.clickOn("#first-run-name");

        window.waitUntil(() -> robot.lookup("#first-run-create").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#first-run-slot-interval").queryAs(TextField.class).getText()).isEqualTo("7");
        assertThat(window.desk().branches().branches()).isEmpty();
    }
}
