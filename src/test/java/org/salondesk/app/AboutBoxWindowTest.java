package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** The About button in the status bar opens a box with the version, the licence, the data folder and the database. */
class AboutBoxWindowTest {

    @TempDir
    Path folder;

    private DeskWindow window;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void theAboutBoxTellsVersionLicenceDataFolderAndDatabase() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(9, 0), true, null);
        FxRobot robot = window.robot();

        robot.clickOn("#about-button");
        window.waitUntil(() -> robot.lookup("#about-box").tryQuery().isPresent());

        assertThat(robot.lookup("#about-version").queryAs(TextField.class).getText()).isEqualTo(AppVersion.current());
        assertThat(robot.lookup("#about-licence").queryAs(TextField.class).getText()).contains("Apache License 2.0");
        assertThat(robot.lookup("#about-data-folder").queryAs(TextField.class).getText()).isEqualTo(folder.toString());
        assertThat(robot.lookup("#about-database").queryAs(TextField.class).getText())
                .startsWith(folder.resolve("salondesk").toString()).endsWith("(H2)");
        Stage box = (Stage) robot.lookup("#about-box").query().getScene().getWindow();
        assertThat(box.getTitle()).isEqualTo("About SalonDesk");
        robot.clickOn("Close");
        window.waitUntil(() -> robot.lookup("#about-box").tryQuery().isEmpty());
    }
}
