package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.calendarfx.view.DayView;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;

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
    void theTimeScaleWritesTimesTwentyFourHourAsEverywhereElse() throws Exception {
        List<String> times = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".time-scale .label").queryAll().stream()
                .filter(Node::isVisible).map(node -> ((Label) node).getText()).toList()).get();

        assertThat(times).contains("09:00", "14:00", "21:00");
        assertThat(times).noneMatch(text -> text.matches("(?i).*\\b[AP]M\\b.*"));
    }

    @Test
    void theLegendSaysWhatEveryColourMeans() throws Exception {
        CalendarScreen screen = new CalendarScreen(window);
        assertThat(screen.isInsideWindow("#calendar-legend")).isTrue();
        List<String> texts = robot.lookup("#calendar-legend .legend-label").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();

        assertThat(texts).containsExactly("New", "Confirmed", "Arrived", "Completed", "No-show", "Cancelled",
                "Break, day off", "Off hours");
        for (String style : List.of("status-new", "status-confirmed", "status-arrived", "status-completed",
                "status-no-show", "status-cancelled", "schedule-item")) {
            Region swatch = robot.lookup("#legend-" + style + " .legend-swatch").queryAs(Region.class);
            // Each swatch has its status's colour, not a default grey: the calendar's stylesheet painted it.
            assertThat(swatch.getBorder()).as(style).isNotNull();
            assertThat(swatch.getWidth()).as(style).isPositive();
        }
    }

    @Test
    void ctrlPlusAndCtrlWheelZoomTheTimeScaleWithinBounds() throws Exception {
        double hour = hourHeight();

        robot.moveTo(window.pointAt(salon.olga, today, LocalTime.of(12, 0)));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        window.waitUntil(() -> hourHeight() > hour * 1.2);
        double zoomed = hourHeight();
        // Which way a wheel turn goes depends on the platform's robot: a turn one way zooms, the other way back.
        robot.press(KeyCode.CONTROL).scroll(1, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        window.waitUntil(() -> Math.abs(hourHeight() - zoomed) > 5);
        robot.press(KeyCode.CONTROL).scroll(1, VerticalDirection.UP).release(KeyCode.CONTROL);
        window.waitUntil(() -> Math.abs(hourHeight() - zoomed) < 1);

        for (int i = 0; i < 10; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        }
        window.waitUntil(() -> Math.abs(hourHeight() - hour) < 1);
        assertThat(robot.lookup("#calendar-zoom-out").queryButton().isDisabled()).isTrue();
        for (int i = 0; i < 10; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        window.waitUntil(() -> robot.lookup("#calendar-zoom-in").queryButton().isDisabled());
        // The deepest zoom shows about a quarter of the day: an hour is about four times as tall as at first.
        assertThat(hourHeight()).isBetween(hour * 3, hour * 4.5);
    }

    private double hourHeight() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            DayView column = window.column(salon.olga, today);
            return column.getLocation(today.atTime(14, 0).atZone(column.getZoneId()))
                    - column.getLocation(today.atTime(13, 0).atZone(column.getZoneId()));
        }).get();
    }

    @Test
    void aDragOnFreeTimeThrowsNothing() throws Exception {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = WaitForAsyncUtils.asyncFx(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler handler = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, failure) -> {
                thrown.add(failure);
                handler.uncaughtException(thread, failure);
            });
            return handler;
        }).get();
        Point2D from = window.pointAt(salon.pavel, today, LocalTime.of(12, 0));
        Point2D to = window.pointAt(salon.pavel, today, LocalTime.of(14, 0));

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).moveBy(20, 10).moveBy(-10, 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before)).get();

        assertThat(thrown).isEmpty();
        assertThat(robot.lookup("#booking-dialog").tryQuery()).isEmpty();
    }
}
