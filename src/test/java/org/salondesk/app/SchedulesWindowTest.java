package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.schedules.ConflictRow;
import org.salondesk.ui.schedules.MoveTarget;
import org.testfx.api.FxRobot;

/** The admin changes a master's schedule on the real window, on the demo salon. */
class SchedulesWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;
    private long branch;
    private EmployeeInfo anna;
    private long haircut;

    @BeforeEach
    void launch() throws Exception {
        MutableClock clock = TestToday.at(9, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
        branch = window.desk().booking().getCompaniesForBooking().stream()
                .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).mapToLong(CompanyInfo::id)
                .findFirst().orElseThrow();
        anna = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(master -> master.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        haircut = window.desk().booking().getServicesForBooking(branch, null, anna.id()).stream()
                .filter(service -> service.title().equals(DemoSalon.KNOWN_SERVICE)).mapToLong(ServiceInfo::id)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void aDayOffOverBookingsWalksThroughGiveUpKeepMoveAndCancel() throws Exception {
        LocalDate day = aWorkingDayOfAnnaWithBookings(3);
        List<BookingSummary> before = active(day);
        openSchedulesOf(anna, "#tab-daysOff");

        // Give up: the dialog lists every stranded booking; closing it changes nothing at all.
        askForDayOff(day);
        assertThat(robot.lookup("#conflicts-rows").queryAs(VBox.class).getChildren()).hasSize(before.size());
        robot.clickOn("#conflicts-give-up");
        window.waitUntil(() -> robot.lookup("#conflicts-dialog").tryQuery().isEmpty());
        assertThat(active(day)).isEqualTo(before);
        assertThat(daysOffOfAnna()).doesNotContain(day);

        // Now decide: keep the first, move the second, cancel the others with a reason.
        askForDayOff(day);
        BookingSummary kept = before.get(0);
        BookingSummary moved = before.get(1);
        List<BookingSummary> cancelled = before.subList(2, before.size());
        window.waitUntil(() -> !combo("#conflict-target-" + moved.id()).getItems().isEmpty());
        Button apply = robot.lookup("#conflicts-apply").queryAs(Button.class);
        robot.interact(() -> combo("#conflict-choice-" + moved.id()).setValue(ConflictRow.Choice.MOVE));
        assertThat(apply.isDisabled()).as("a move without a target is not a decision").isTrue();
        MoveTarget target = (MoveTarget) combo("#conflict-target-" + moved.id()).getItems().get(0);
        robot.interact(() -> combo("#conflict-target-" + moved.id()).setValue(target));
        for (BookingSummary booking : cancelled) {
            robot.interact(() -> combo("#conflict-choice-" + booking.id()).setValue(ConflictRow.Choice.CANCEL));
            robot.clickOn("#conflict-reason-" + booking.id()).write("Мастер заболела");
        }
        window.waitUntil(() -> !apply.isDisabled());
        robot.clickOn(apply);
        window.waitUntil(() -> robot.lookup("#conflicts-dialog").tryQuery().isEmpty()
                && daysOffOfAnna().contains(day));

        Map<Long, BookingSummary> after = window.desk().bookingQueries().forCalendar(branch, target.date(),
                target.date()).stream().collect(Collectors.toMap(BookingSummary::id, Function.identity()));
        after.putAll(window.desk().bookingQueries().forCalendar(branch, day, day).stream()
                .collect(Collectors.toMap(BookingSummary::id, Function.identity(), (a, b) -> a)));
        assertThat(after.get(kept.id())).satisfies(booking -> {
            assertThat(booking.status()).isEqualTo(kept.status());
            assertThat(booking.start()).isEqualTo(kept.start());
            assertThat(booking.outsideWorkingTime()).isTrue();
        });
        assertThat(after.get(moved.id())).satisfies(booking -> {
            assertThat(booking.masterId()).isEqualTo(target.masterId());
            assertThat(booking.date()).isEqualTo(target.date());
            assertThat(booking.start()).isEqualTo(target.time());
            assertThat(booking.status()).isEqualTo(moved.status());
        });
        for (BookingSummary booking : cancelled) {
            assertThat(window.desk().booking().getActiveBookingInfo(booking.id()).status())
                    .isEqualTo(BookingStatus.CANCELLED);
        }
    }

    @Test
    void aLunchBreakTakesItsTimeOutOfTheSlotsOfThatDate() throws Exception {
        LocalDate day = aWorkingDayOfAnnaWithBookings(0);
        List<LocalTime> slots = window.desk().booking().getSlotsForBooking(branch, List.of(haircut), day, anna.id(),
                15);
        LocalTime lunch = slots.get(slots.size() / 2).withMinute(0);
        while (!slots.contains(lunch)) {
            lunch = lunch.plusHours(1);
        }
        openSchedulesOf(anna, "#tab-breaks");

        LocalTime from = lunch;
        robot.interact(() -> robot.lookup("#break-date").queryAs(DatePicker.class).setValue(day));
        typeInto("#break-start", from.toString());
        typeInto("#break-end", from.plusMinutes(30).toString());
        robot.clickOn("#break-add");

        // The list may hold her daily lunch breaks already: wait for this break, on the screen and in the database.
        window.waitUntil(() -> robot.lookup("#list-breaks").queryAs(ListView.class).getItems().stream()
                .anyMatch(item -> item instanceof BreakRow pause && pause.date().equals(day)
                        && pause.start().equals(from)));
        assertThat(window.desk().schedules().breaks(anna.id(), day).stream()
                .filter(pause -> pause.date().equals(day) && pause.start().equals(from))).singleElement()
                .satisfies(pause -> assertThat(pause.end()).isEqualTo(from.plusMinutes(30)));
        List<LocalTime> after = window.desk().booking().getSlotsForBooking(branch, List.of(haircut), day, anna.id(),
                15);
        assertThat(after).doesNotContain(from, from.plusMinutes(15))
                .allSatisfy(start -> assertThat(start.plusMinutes(duration(haircut)).isAfter(from)
                        && start.isBefore(from.plusMinutes(30))).isFalse());
        assertThat(after).isNotEmpty().isSubsetOf(slots);
    }

    private void typeInto(String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.TAB);
    }

    private int duration(long serviceId) {
        return window.desk().booking().getServicesForBooking(branch, null, anna.id()).stream()
                .filter(service -> service.id() == serviceId).findFirst().orElseThrow().duration();
    }

    /**
     * The first day from the day after tomorrow on which Anna works, with at least {@code count} active bookings and
     * another master free for her service that day (where a booking of hers can move to).
     */
    private LocalDate aWorkingDayOfAnnaWithBookings(int count) {
        for (LocalDate day = TODAY.plusDays(2); ; day = day.plusDays(1)) {
            List<LocalTime> slots = window.desk().booking().getSlotsForBooking(branch, List.of(haircut), day,
                    anna.id(), 60);
            if (slots.size() < count + 2 || !anotherMasterIsFree(day)) {
                continue;
            }
            long client = window.desk().clients().findByPhone(DemoSalon.KNOWN_CLIENT_PHONE).orElseThrow().getId();
            for (int i = active(day).size(); i < count; i++) {
                List<LocalTime> free = window.desk().booking().getSlotsForBooking(branch, List.of(haircut), day,
                        anna.id(), 60);
                window.desk().booking().createBooking(branch, List.of(haircut), day, free.get(0), anna.id(), client);
            }
            return day;
        }
    }

    private boolean anotherMasterIsFree(LocalDate day) {
        return window.desk().booking().getEmployeesForBooking(branch, List.of(haircut), null, null).stream()
                .filter(master -> master.id() != anna.id())
                .anyMatch(master -> !window.desk().booking().getSlotsForBooking(branch, List.of(haircut), day,
                        master.id(), 60).isEmpty());
    }

    private List<BookingSummary> active(LocalDate day) {
        return window.desk().bookingQueries().forCalendar(branch, day, day).stream()
                .filter(booking -> booking.masterId() == anna.id() && booking.status().isActive())
                .sorted(Comparator.comparing(BookingSummary::start)).toList();
    }

    private List<LocalDate> daysOffOfAnna() {
        return window.desk().schedules().daysOff(anna.id(), TODAY).stream().map(DayOffRow::date).toList();
    }

    @SuppressWarnings("unchecked")
    private void openSchedulesOf(EmployeeInfo master, String tab) throws Exception {
        robot.clickOn("#nav-schedules");
        window.waitUntil(() -> robot.lookup("#schedules-masters").tryQuery().isPresent()
                && robot.lookup("#schedules-masters").queryAs(ListView.class).getItems().contains(master));
        ListView<EmployeeInfo> masters = robot.lookup("#schedules-masters").queryAs(ListView.class);
        robot.interact(() -> masters.getSelectionModel().select(master));
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#schedules-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(candidate -> ("#" + candidate.getId()).equals(tab)).findFirst().orElseThrow());
        });
        window.waitUntil(() -> master.equals(window.app().wiring().schedules().masterProperty().get()));
    }

    private void askForDayOff(LocalDate day) throws Exception {
        robot.interact(() -> {
            robot.lookup("#dayoff-from").queryAs(DatePicker.class).setValue(day);
            robot.lookup("#dayoff-to").queryAs(DatePicker.class).setValue(day);
        });
        robot.clickOn("#dayoff-add");
        window.waitUntil(() -> robot.lookup("#conflicts-dialog").tryQuery().isPresent()
                && robot.lookup("#conflicts-rows").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }
}
