package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** How the calendar draws and takes gestures on the real window: time scale, legend, zoom, a drag on free time. */
class CalendarViewWindowTest {

    @TempDir
    Path folder;

    private final LocalDate today = TestToday.date();
    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(8, 0), false, desk -> salon = new SmallSalon(desk));
        robot = window.robot();
        window.waitUntil(() -> window.column(salon.olga, today) != null);
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aDragOnFreeTimeThrowsNothing() throws Exception {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, failure) -> {
                thrown.add(failure);
                before.uncaughtException(thread, failure);
            });
        }).get();
        Point2D from = window.pointAt(salon.pavel, today, LocalTime.of(12, 0));
        Point2D to = window.pointAt(salon.pavel, today, LocalTime.of(14, 0));

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).moveBy(20, 10).moveBy(-10, 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(thrown).isEmpty();
        assertThat(robot.lookup("#booking-dialog").tryQuery()).isEmpty();
    }
}
