package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.catalog.BranchRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** Leaving a screen with unsaved edits on the real window: the one question, and each of its answers. */
class UnsavedEditsWindowTest {

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(9, 0), true, null);
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private TextField name() {
        return robot.lookup("#settings-name").queryAs(TextField.class);
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::getScene).isPresent();
    }

    private boolean asking() {
        return robot.lookup("#leave-question").tryQuery().isPresent();
    }

    private void typeName(String text) {
        robot.clickOn("#settings-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    private BranchRow branch() {
        return window.desk().branches().branches().get(0);
    }

    @Test
    void editedSettingsAskBeforeLeavingAndStayDiscardAndSaveDoWhatTheySay() throws Exception {
        String saved = branch().name();
        robot.clickOn("#nav-settings");
        window.waitUntil(() -> shown("#settings-name") && name().getText().equals(saved));

        TextField field = name();
        typeName("Лаванда у пруда");
        robot.clickOn("#nav-calendar");
        window.waitUntil(this::asking);
        window.shot(robot.lookup("#leave-question").query(), "leave-question");
        robot.clickOn("#leave-stay");
        window.waitUntil(() -> !asking());
        assertThat(shown("#settings-name")).isTrue();
        assertThat(name().getText()).isEqualTo("Лаванда у пруда");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#nav-calendar").queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.clickOn("#nav-calendar");
        window.waitUntil(this::asking);
        robot.clickOn("#leave-discard");
        window.waitUntil(() -> !asking() && shown("#calendar-resources"));
        assertThat(field.getText()).isEqualTo(saved);
        assertThat(branch().name()).isEqualTo(saved);

        robot.clickOn("#nav-settings");
        window.waitUntil(() -> shown("#settings-name"));
        typeName("Лаванда у пруда");
        robot.clickOn("#nav-requests");
        window.waitUntil(this::asking);
        robot.clickOn("#leave-save");
        window.waitUntil(() -> !asking() && shown("#requests-table"));
        assertThat(branch().name()).isEqualTo("Лаванда у пруда");

        // Saved edits are left without a question.
        robot.clickOn("#nav-settings");
        window.waitUntil(() -> shown("#settings-name") && name().getText().equals("Лаванда у пруда"));
        robot.clickOn("#nav-calendar");
        window.waitUntil(() -> shown("#calendar-resources"));
        assertThat(asking()).isFalse();
    }
}
