package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.client.ClientRow;
import org.salondesk.testing.CutTexts;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.TestLocale;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the real window (1360 × 860, as on a 1440 × 900 screen), each tab and a chosen row's form, in
 * Russian and in English: no label, button, tick box, tab or column header shows its text cut, and no tab bar hides a
 * tab. With -Dsalondesk.shots=DIR each screen is also saved as a picture.
 */
class ScreenTextsWindowTest {

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;
    private String language;
    private final Set<String> cut = new LinkedHashSet<>();

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    @Test
    void noTextIsCutInRussian() throws Exception {
        try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
            walk("ru");
        }
        assertThat(cut).as("cut texts in Russian").isEmpty();
    }

    @Test
    void noTextIsCutInEnglish() throws Exception {
        try (TestLocale.Restore english = TestLocale.use(Locale.US)) {
            walk("en");
        }
        assertThat(cut).as("cut texts in English").isEmpty();
    }

    private void walk(String name) throws Exception {
        language = name;
        window = DeskWindow.start(folder, TestToday.at(9, 0), true, null);
        robot = window.robot();
        look("calendar");

        open("requests", () -> !table("#requests-table").getItems().isEmpty());
        look("requests");
        robot.clickOn("#requests-quick-all");
        window.waitUntil(() -> table("#requests-table").getItems().size() > 20);
        select("#requests-table", 0);
        window.waitUntil(() -> robot.lookup("#details-status").tryQuery().isPresent());
        look("requests-card");

        open("clients", () -> !table("#clients-table").getItems().isEmpty());
        look("clients");
        select("#clients-table", blockedClient());
        window.waitUntil(() -> robot.lookup("#client-title").tryQuery().isPresent());
        look("clients-card");

        open("schedules", () -> !robot.lookup("#schedules-masters").queryAs(ListView.class).getItems().isEmpty()
                && !robot.lookup("#schedules-week").queryParent().getChildrenUnmodifiable().isEmpty());
        eachTab("#schedules-tabs", "schedules");

        open("tasks", () -> robot.lookup("#tasks-table").tryQuery().isPresent());
        look("tasks");
        robot.clickOn("#tasks-list-overdue");
        window.waitUntil(() -> !table("#tasks-table").getItems().isEmpty());
        select("#tasks-table", 0);
        look("tasks-chosen");

        open("mytime", () -> robot.lookup("#mytime-steps").tryQuery().isPresent());
        look("mytime");

        open("dayclose", () -> !table("#dayclose-figures").getItems().isEmpty());
        look("dayclose");

        open("reports", () -> robot.lookup("#report-table").tryQuery().isPresent()
                && !table("#report-table").getItems().isEmpty());
        look("reports");

        open("staff", () -> !table("#staff-table").getItems().isEmpty());
        select("#staff-table", 0);
        look("staff");

        open("catalog", () -> !table("#catalog-services").getItems().isEmpty());
        select("#catalog-services", 0);
        eachTab("#catalog-tabs", "catalog");

        open("settings", () -> !robot.lookup("#settings-name").queryAs(TextField.class).getText().isEmpty());
        eachTab("#settings-tabs", "settings");
    }

    private void open(String screen, Callable<Boolean> loaded) throws Exception {
        robot.clickOn("#nav-" + screen);
        window.waitUntil(loaded);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private void select(String table, int row) {
        robot.interact(() -> table(table).getSelectionModel().select(row));
    }

    /** The row of a blocked client, whose name carries the longest mark. */
    private int blockedClient() {
        List<Object> rows = table("#clients-table").getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ClientRow client && client.blocked()) {
                return i;
            }
        }
        return 0;
    }

    private void eachTab(String query, String screen) throws Exception {
        TabPane tabs = robot.lookup(query).queryAs(TabPane.class);
        for (Tab tab : new ArrayList<>(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            look(screen + "-" + tab.getId());
        }
    }

    /** Notes what this screen shows cut, and keeps its picture. */
    private void look(String screen) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = robot.lookup("#navigation").queryParent().getScene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> CutTexts.under(root)).get()
                .forEach(found -> cut.add(screen + ": " + found));
        window.shot(root, "texts-" + language + "-" + screen);
    }
}
