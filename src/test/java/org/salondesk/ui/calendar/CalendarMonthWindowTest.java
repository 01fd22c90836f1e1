package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** The month layout fits the window at the usual desk sizes, counts bookings per day and opens a day on a click. */
class CalendarMonthWindowTest {

    @TempDir
    Path folder;

    private DeskWindow window;

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theNextMonthFitsTheWindowAndAClickOnADayOpensThatDay(int width, int height) throws Exception {
        LocalDate nextMonth = TestToday.date().plusMonths(1).withDayOfMonth(1);
        // A Wednesday in the middle of next month: its row is a full week of that month.
        LocalDate booked = nextMonth.plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        SmallSalon[] salon = new SmallSalon[1];
        window = DeskWindow.start(folder, TestToday.at(10, 0), false, desk -> {
            salon[0] = new SmallSalon(desk);
            for (LocalTime time : List.of(LocalTime.of(10, 0), LocalTime.of(12, 0))) {
                desk.booking().createBooking(salon[0].branch, List.of(salon[0].haircut), booked, time,
                        salon[0].olga, salon[0].anna);
            }
        });
        FxRobot robot = window.robot();
        CalendarScreen screen = new CalendarScreen(window);
        screen.resize(width, height);

        robot.clickOn("#calendar-mode-month");
        window.waitUntil(() -> screen.isShown("#month-day-" + TestToday.date()));
        robot.clickOn("#calendar-next");
        window.waitUntil(() -> screen.isShown("#month-day-" + nextMonth)
                && !robot.lookup("#month-day-" + nextMonth).query().getStyleClass().contains("other-month")
                && robot.lookup("#month-day-" + booked + " .month-day-count").tryQuery().map(count ->
                        !((Label) count).getText().isEmpty()).orElse(false));

        for (String part : List.of("#calendar-walk-in", "#calendar-next", "#calendar-show-cancelled", "#nav-calendar",
                "#status-database", "#about-button")) {
            assertThat(screen.isInsideWindow(part)).as(part + " inside the window").isTrue();
        }
        LocalDate monday = booked.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int day = 0; day < 7; day++) {
            String cell = "#month-day-" + monday.plusDays(day);
            assertThat(screen.isInsideWindow(cell)).as(cell + " inside the window").isTrue();
        }
        assertThat(robot.lookup("#month-day-" + booked + " .month-day-count").queryAs(Label.class).getText())
                .isEqualTo("2 bookings");
        // Two masters 09:00–18:00, two hours of Olga's booked.
        assertThat(robot.lookup("#month-day-" + booked + " .month-day-free").queryAs(Label.class).getText())
                .isEqualTo("16 h free");
        window.shot(robot.lookup("#calendar-resources").query().getScene().getRoot(), "calendar-month-" + width);

        robot.clickOn("#month-day-" + booked);

        window.waitUntil(() -> robot.lookup("#calendar-mode-day").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup(node -> node instanceof com.calendarfx.view.DayView view && view.isVisible()
                        && booked.equals(view.getDate()) && DeskWindow.masterOf(view) != null).queryAll().isEmpty());
        assertThat(screen.isInsideWindow("#calendar-walk-in")).isTrue();
        assertThat(window.column(salon[0].olga, booked).getDate()).isEqualTo(booked);
        window.shot(robot.lookup("#calendar-resources").query().getScene().getRoot(), "calendar-day-" + width);
    }
}
