package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.calendarfx.view.DayEntryView;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSource;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.testing.SmallSalon;
import org.testfx.api.FxRobot;

/** The receptionist's flows on the real window: walk-in, book from a click, drag to move, cancel, blocked client. */
class CalendarFlowsTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(10, 0);
    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;
    private BookingInfo haircut;
    private BookingInfo manicure;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, clock, false, desk -> {
            salon = new SmallSalon(desk);
            desk.clients().createClient("Ирина", "Котова", "+7 926 000-11-22");
            haircut = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(11, 0),
                    salon.olga, salon.anna);
            manicure = desk.booking().createBooking(salon.branch, List.of(salon.manicure), TODAY, LocalTime.of(15, 0),
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
    void aWalkInOfOneServiceForAKnownClientTakesFiveActions() throws Exception {
        int actions = 0;
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        actions++;
        window.waitUntil(() -> window.hasFocus("#dialog-service-search"));
        // Test plumbing, not a user action: tell TestFX which window the keyboard types into.
        robot.targetWindow(robot.lookup("#booking-dialog").query().getScene().getWindow());
        robot.write("Стриж");
        actions++;
        window.waitUntil(() -> robot.lookup("#dialog-service-list").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        actions++;
        window.waitUntil(() -> window.hasFocus("#dialog-phone"));
        robot.write("8 926 000-11-22");
        actions++;
        window.waitUntil(() -> robot.lookup("#dialog-client").queryAs(Label.class).getText().equals("Ирина Котова")
                && !robot.lookup("#dialog-save").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        actions++;

        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());
        List<BookingInfo> booked = window.desk().booking().getBookingsInfo(
                window.desk().clients().findByPhone("+79260001122").orElseThrow().getId());
        assertThat(actions).isLessThanOrEqualTo(5);
        assertThat(booked).singleElement().satisfies(info -> {
            assertThat(info.date()).isEqualTo(TODAY);
            // 10:00 now; Olga has 11:00 booked, Pavel is free all day: the earliest start goes to the fair choice.
            assertThat(info.time()).isEqualTo(LocalTime.of(10, 0));
            assertThat(info.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(info.source()).isEqualTo(BookingSource.DESK);
        });
        window.waitUntil(() -> window.entry(booked.get(0).id()).isPresent());
    }

    @Test
    void aClickOnFreeTimeBooksThatMasterAtThatTime() throws Exception {
        robot.clickOn(window.pointAt(salon.pavel, TODAY, LocalTime.of(14, 0)));
        window.waitUntil(() -> robot.lookup("#dialog-service-search").tryQuery().isPresent());
        robot.clickOn("#dialog-service-search").write("Стрижка").type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#slot-1400-" + salon.pavel).tryQuery().isPresent());
        robot.clickOn("#dialog-phone").write("+79161112233");
        window.waitUntil(() -> !robot.lookup("#dialog-save").queryAs(Button.class).isDisabled());
        window.shot(robot.lookup("#booking-dialog").query().getScene().getRoot(), "booking-dialog");
        robot.clickOn("#dialog-save");

        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());
        BookingInfo booked = window.desk().booking().getBookingsInfo(salon.anna).stream()
                .filter(info -> info.masterId() == salon.pavel).findFirst().orElseThrow();
        assertThat(booked.time()).isEqualTo(LocalTime.of(14, 0));
        window.waitUntil(() -> window.entry(booked.id()).isPresent());
        DayEntryView entry = window.entry(booked.id()).orElseThrow();
        assertThat(entry.getParent()).isNotNull();
        assertThat(isInColumnOf(entry, salon.pavel)).isTrue();
    }

    @Test
    void dragMovesABookingToAnotherMasterAndTime() throws Exception {
        DayEntryView entry = window.entry(haircut.id()).orElseThrow();

        robot.drag(entry, MouseButton.PRIMARY).moveTo(window.pointAt(salon.pavel, TODAY, LocalTime.of(16, 0)))
                .release(MouseButton.PRIMARY);

        window.waitUntil(() -> window.desk().booking().getActiveBookingInfo(haircut.id()).masterId() == salon.pavel);
        BookingInfo moved = window.desk().booking().getActiveBookingInfo(haircut.id());
        assertThat(moved.time()).isBetween(LocalTime.of(15, 30), LocalTime.of(16, 30));
        window.waitUntil(() -> window.entry(haircut.id()).map(view -> isInColumnOf(view, salon.pavel)).orElse(false));
        assertThat(robot.lookup("#notice-undo").query().isVisible()).isTrue();
    }

    @Test
    void anImpossibleMoveSnapsBackWithTheReason() throws Exception {
        DayEntryView entry = window.entry(manicure.id()).orElseThrow();

        // Pavel does not do manicure.
        robot.drag(entry, MouseButton.PRIMARY).moveTo(window.pointAt(salon.pavel, TODAY, LocalTime.of(12, 0)))
                .release(MouseButton.PRIMARY);

        window.waitUntil(() -> robot.lookup("#notice-bar").query().isVisible()
                && robot.lookup("#notice-bar").query().getStyleClass().contains("error"));
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText()).contains("Павел");
        BookingInfo unchanged = window.desk().booking().getActiveBookingInfo(manicure.id());
        assertThat(unchanged.masterId()).isEqualTo(salon.olga);
        assertThat(unchanged.time()).isEqualTo(LocalTime.of(15, 0));
        assertThat(isInColumnOf(window.entry(manicure.id()).orElseThrow(), salon.olga)).isTrue();
    }

    @Test
    void cancelFreesTheTimeAtOnce() throws Exception {
        robot.clickOn(window.entry(haircut.id()).orElseThrow());
        window.waitUntil(() -> robot.lookup("#booking-details").query().isVisible());
        robot.clickOn("#details-cancel-reason").write("Заболела");
        robot.clickOn("#details-cancel");

        window.waitUntil(() -> window.desk().booking().getActiveBookingInfo(haircut.id()).status()
                == BookingStatus.CANCELLED);
        // The time is free again: a click there offers 11:00 for Olga.
        robot.clickOn(window.pointAt(salon.olga, TODAY, LocalTime.of(11, 0)));
        window.waitUntil(() -> robot.lookup("#dialog-service-search").tryQuery().isPresent());
        robot.clickOn("#dialog-service-search").write("Стрижка").type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#slot-1100-" + salon.olga).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aBlockedClientCannotBeBookedAndTheDeskSeesWhy() throws Exception {
        window.desk().clients().setBlocked(salon.anna, true, "Три неявки подряд");
        robot.clickOn("#calendar-walk-in");
        window.waitUntil(() -> robot.lookup("#dialog-service-search").tryQuery().isPresent());
        robot.clickOn("#dialog-service-search").write("Стрижка").type(KeyCode.ENTER);
        robot.clickOn("#dialog-phone").write("+7 916 111 22 33");

        window.waitUntil(() -> robot.lookup("#dialog-client").queryAs(Label.class).getText().contains("Три неявки"));
        assertThat(robot.lookup("#dialog-save").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(window.desk().booking().getBookingsInfo(salon.anna)).hasSize(2);
        robot.type(KeyCode.ESCAPE);
    }

    private static boolean isInColumnOf(DayEntryView entry, long masterId) {
        return Long.valueOf(masterId).equals(DeskWindow.masterOf(entry));
    }
}
