package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.calendarfx.view.DayEntryView;

import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** Booking from a click, refused drags and undo, on the real window, on any date. */
class BookingFlowWindowTest {

    @TempDir
    Path folder;

    private final LocalDate today = TestToday.date();
    private final MutableClock clock = TestToday.at(8, 0);
    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;
    private BookingInfo haircut;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, clock, false, desk -> {
            salon = new SmallSalon(desk);
            desk.clients().createClient("Ирина", "Котова", "+7 926 000-11-22");
            desk.schedules().addDayOff(salon.pavel, today);
            haircut = desk.booking().createBooking(salon.branch, List.of(salon.haircut), today, LocalTime.of(11, 0),
                    salon.olga, salon.anna);
        });
        robot = window.robot();
        window.waitUntil(() -> window.entry(haircut.id()).isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aClickOnFreeTimeThenAKnownClientsPhoneAndEnterBookInAtMostFourActions() throws Exception {
        int actions = 0;
        // About 15:15: calendar clicks snap to 15 minutes, the offered starts come every 30.
        robot.clickOn(window.pointAt(salon.olga, today, LocalTime.of(15, 15)));
        actions++;
        window.waitUntil(() -> window.hasFocus("#dialog-phone"));
        // Test plumbing, not a user action: tell TestFX which window the keyboard types into.
        robot.targetWindow(robot.lookup("#booking-dialog").query().getScene().getWindow());
        robot.write("8 926 000-11-22");
        actions++;
        robot.type(KeyCode.ENTER);
        actions++;

        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());
        List<BookingInfo> booked = window.desk().booking().getBookingsInfo(
                window.desk().clients().findByPhone("+79260001122").orElseThrow().getId());
        assertThat(actions).isLessThanOrEqualTo(4);
        assertThat(booked).singleElement().satisfies(info -> {
            assertThat(info.date()).isEqualTo(today);
            assertThat(info.time()).isEqualTo(LocalTime.of(15, 15));
            assertThat(info.masterId()).isEqualTo(salon.olga);
            // Olga's usual service (her only booking is a haircut) was proposed.
            assertThat(info.serviceNames()).containsExactly("Стрижка");
        });
        window.waitUntil(() -> window.entry(booked.get(0).id()).isPresent());
    }

    @Test
    void theDialogsDatePickerOffersNoPastDay() throws Exception {
        robot.clickOn(window.pointAt(salon.olga, today, LocalTime.of(15, 0)));
        window.waitUntil(() -> window.hasFocus("#dialog-phone"));
        DatePicker picker = robot.lookup("#dialog-date").queryAs(DatePicker.class);
        robot.interact(picker::show);
        window.waitUntil(() -> robot.lookup(".date-cell").queryAllAs(DateCell.class).stream()
                .anyMatch(cell -> today.equals(cell.getItem())));

        assertThat(robot.lookup(".date-cell").queryAllAs(DateCell.class)).filteredOn(cell -> today.equals(
                cell.getItem())).isNotEmpty().allMatch(cell -> !cell.isDisabled());

        // Last month: every day of it is past.
        robot.interact(() -> robot.lookup(".month-year-pane .left-button").queryButton().fire());
        window.waitUntil(() -> robot.lookup(".date-cell").queryAllAs(DateCell.class).stream()
                .anyMatch(cell -> today.minusMonths(1).equals(cell.getItem())));
        assertThat(robot.lookup(".date-cell").queryAllAs(DateCell.class))
                .filteredOn(cell -> cell.getItem() != null && cell.getItem().isBefore(today))
                .hasSizeGreaterThanOrEqualTo(28).allMatch(DateCell::isDisabled);
        robot.interact(picker::hide);
        robot.targetWindow(picker.getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyRefusedDragSaysWhy() throws Exception {
        DayEntryView entry = window.entry(haircut.id()).orElseThrow();

        robot.drag(entry, MouseButton.PRIMARY).moveTo(window.pointAt(salon.pavel, today, LocalTime.of(13, 0)))
                .release(MouseButton.PRIMARY);

        window.waitUntil(() -> robot.lookup("#notice-bar").query().getStyleClass().contains("error"));
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText()).contains("Павел does not work on");
        assertThat(window.desk().booking().getActiveBookingInfo(haircut.id()).masterId()).isEqualTo(salon.olga);

        robot.clickOn("#notice-close");
        robot.drag(window.entry(haircut.id()).orElseThrow(), MouseButton.PRIMARY)
                .moveTo("#booking-details-panel").release(MouseButton.PRIMARY);

        window.waitUntil(() -> robot.lookup("#notice-text").queryAs(Label.class).getText()
                .contains("drop it on a master's column"));
    }

    @Test
    void ctrlZTakesAMoveBackAfterItsNoticeHasGone() throws Exception {
        DayEntryView entry = window.entry(haircut.id()).orElseThrow();
        robot.drag(entry, MouseButton.PRIMARY).moveTo(window.pointAt(salon.olga, today, LocalTime.of(16, 0)))
                .release(MouseButton.PRIMARY);
        window.waitUntil(() -> !window.desk().booking().getActiveBookingInfo(haircut.id()).time()
                .equals(LocalTime.of(11, 0)));
        LocalTime moved = window.desk().booking().getActiveBookingInfo(haircut.id()).time();
        robot.clickOn("#notice-close");
        window.waitUntil(() -> !robot.lookup("#notice-text").queryAs(Label.class).isVisible());
        SplitMenuButton undo = robot.lookup("#notice-undo").queryAs(SplitMenuButton.class);
        assertThat(undo.isVisible() && !undo.isDisabled()).isTrue();
        assertThat(undo.getItems()).singleElement().satisfies(item -> assertThat(item.getText())
                .contains(Long.toString(haircut.number())).contains(moved.toString()));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        window.waitUntil(() -> window.desk().booking().getActiveBookingInfo(haircut.id()).time()
                .equals(LocalTime.of(11, 0)));
        window.waitUntil(() -> robot.lookup("#notice-text").queryAs(Label.class).getText()
                .startsWith("Undone: booking " + haircut.number() + " moved back to"));
        window.waitUntil(undo::isDisabled);
    }
}
