package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.DatePicker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.task.TaskList;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** A task given a day that has passed is saved only when the user says so, on the real window. */
class TaskPastDueWindowTest {

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

    private boolean asking() {
        return robot.lookup("#task-past-due").tryQuery().isPresent();
    }

    private int overdue() {
        return window.desk().tasks().counts(null).get(TaskList.OVERDUE);
    }

    @Test
    void aTaskDueInThePastAsksBeforeItIsSaved() throws Exception {
        int before = overdue();
        robot.clickOn("#nav-tasks");
        window.waitUntil(() -> robot.lookup("#task-title").tryQuery().isPresent());
        robot.clickOn("#tasks-new");
        robot.clickOn("#task-title").write("Вернуть долг поставщику");
        robot.interact(() -> robot.lookup("#task-due").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 3, 2)));

        robot.clickOn("#task-save");
        window.waitUntil(this::asking);
        window.shot(robot.lookup("#task-past-due").query(), "task-past-due");
        robot.clickOn("#task-past-due-back");
        window.waitUntil(() -> !asking());
        assertThat(overdue()).isEqualTo(before);

        robot.clickOn("#task-save");
        window.waitUntil(this::asking);
        robot.clickOn("#task-past-due-save");
        window.waitUntil(() -> !asking() && overdue() == before + 1);
    }
}
