package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.DayStep;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.calendar.CalendarView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A demo master signs in through the form: her column comes first and the other masters' are greyed and cannot be
 * booked from her desk; My time adds her day off and, from the free steps of a day, her breaks at once.
 */
class MasterDeskWindowTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final PseudoClass NOT_MINE = PseudoClass.getPseudoClass("not-mine");

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private void signIn(String login) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#switch-user").queryAs(Button.class).fire()).get();
        window.waitUntil(window::isLocked);
        window.signIn(login, DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked());
    }

    private StaffRow user(String login) {
        return window.desk().staff().list(false).stream().filter(row -> row.login().equals(login)).findFirst()
                .orElseThrow();
    }

    private List<DayStep> steps(long master, LocalDate day) {
        return window.desk().availability().daySteps(master, day);
    }

    /** The first day ahead on which she works and has no bookings at all (a day off there strands nobody). */
    private LocalDate freeDay(long master, LocalDate after) {
        return IntStream.range(1, 30).mapToObj(after::plusDays).filter(day -> !steps(master, day).isEmpty()
                && steps(master, day).stream().noneMatch(step -> step.kind() == DayStep.Kind.BOOKED))
                .findFirst().orElseThrow();
    }

    /** A day ahead with a booking and, before it, two free steps in a row. */
    private LocalDate dayWithBookingAndFreeTime(long master) {
        return IntStream.range(1, 30).mapToObj(TODAY::plusDays).filter(day -> {
            List<DayStep> steps = steps(master, day);
            return steps.stream().anyMatch(step -> step.kind() == DayStep.Kind.BOOKED)
                    && IntStream.range(1, steps.size()).anyMatch(at -> steps.get(at - 1).free() && steps.get(at).free());
        }).findFirst().orElseThrow();
    }

    private ToggleButton toggle(DayStep step) {
        return robot.lookup("#mytime-step-" + step.span().startTime().toString().replace(":", ""))
                .queryAs(ToggleButton.class);
    }

    @Test
    void aMasterSeesHerColumnFirstTheOthersGreyedAndKeepsHerOwnTime() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> !window.isLocked() && window.desk().currentStaff().id() != null);
        CalendarView calendar = robot.lookup(".calendar-screen").queryAs(CalendarView.class);
        long firstAtTheFrontDesk = calendar.resourcesView().getResources().get(0).getUserObject().id();

        signIn("anna");
        long anna = user("anna").masterId();
        window.waitUntil(() -> calendar.resourcesView().getResources().get(0).getUserObject().id() == anna);
        List<EmployeeInfo> columns = calendar.resourcesView().getResources().stream().map(r -> r.getUserObject())
                .toList();
        assertThat(columns).hasSizeGreaterThan(1);
        for (EmployeeInfo master : columns) {
            Node header = robot.lookup("#master-" + master.id()).query();
            assertThat(header.getPseudoClassStates().contains(NOT_MINE)).as(master.name())
                    .isEqualTo(master.id() != anna);
        }

        // A click on another master's time books nothing from her desk: it says whose column it is.
        EmployeeInfo other = columns.get(1);
        // Free time no card covers: a colour's processing window is free for its master but lies under its card.
        List<BookingSummary> cards = window.desk().bookingQueries().calendarBranches().stream()
                .flatMap(branch -> window.desk().bookingQueries().forCalendar(branch.id(), TODAY, TODAY).stream())
                .toList();
        LocalTime free = steps(other.id(), TODAY).stream().filter(DayStep::free).map(step -> step.span().startTime())
                .filter(time -> time.isAfter(LocalTime.of(10, 0)))
                .filter(time -> cards.stream().noneMatch(card -> card.masterId() == other.id()
                        && !time.isBefore(card.start()) && time.isBefore(card.start().plusMinutes(
                        card.durationMinutes()))))
                .findFirst().orElse(LocalTime.of(12, 0));
        robot.clickOn(window.pointAt(other.id(), TODAY, free));
        window.waitUntil(() -> robot.lookup("#notice-text").queryAll().stream().map(node -> ((Labeled) node).getText())
                .anyMatch(Messages.get("calendar.notYours")::equals));
        assertThat(robot.lookup("#booking-dialog").tryQuery()).isEmpty();
        window.shot(calendar.getScene().getRoot(), "master-desk");

        robot.clickOn("#nav-mytime");
        window.waitUntil(() -> robot.lookup("#mytime").tryQuery().map(Node::isVisible).orElse(false));

        LocalDate off = freeDay(anna, TODAY);
        robot.interact(() -> {
            robot.lookup("#mytime-dayoff-from").queryAs(DatePicker.class).setValue(off);
            robot.lookup("#mytime-dayoff-to").queryAs(DatePicker.class).setValue(off);
        });
        robot.clickOn("#mytime-dayoff-add");
        window.waitUntil(() -> robot.lookup("#mytime-daysoff").queryAs(ListView.class).getItems().stream()
                .anyMatch(row -> ((DayOffRow) row).date().equals(off)));
        assertThat(window.desk().schedules().daysOff(anna, TODAY)).extracting(DayOffRow::date).contains(off);

        LocalDate day = dayWithBookingAndFreeTime(anna);
        List<DayStep> steps = steps(anna, day);
        int second = IntStream.range(1, steps.size()).filter(at -> steps.get(at - 1).free() && steps.get(at).free())
                .findFirst().orElseThrow();
        DayStep booked = steps.stream().filter(step -> step.kind() == DayStep.Kind.BOOKED).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#mytime-day").queryAs(DatePicker.class).setValue(day));
        window.waitUntil(() -> robot.lookup("#mytime-steps .toggle-button").queryAll().size() == steps.size());
        assertThat(toggle(booked).isDisabled()).as("a step with a booking cannot be chosen").isTrue();

        robot.clickOn(toggle(steps.get(second - 1)));
        robot.clickOn(toggle(steps.get(second)));
        robot.clickOn("#mytime-breaks-save");

        TimeSpan taken = new TimeSpan(steps.get(second - 1).span().start(), steps.get(second).span().end());
        window.waitUntil(() -> window.desk().schedules().breaks(anna, day).stream()
                .anyMatch(pause -> pause.date().equals(day) && TimeSpan.of(pause.start(), pause.end()).equals(taken)));
        window.waitUntil(() -> robot.lookup("#mytime-breaks").queryAs(ListView.class).getItems().stream()
                .anyMatch(row -> ((BreakRow) row).date().equals(day)));
        assertThat(robot.lookup("#mytime-error").queryAs(Labeled.class).getText()).isEmpty();
        window.shot(robot.lookup("#mytime").query(), "my-time");

        signIn(DemoSalon.ADMIN_LOGIN);
        window.waitUntil(() -> calendar.resourcesView().getResources().get(0).getUserObject().id()
                == firstAtTheFrontDesk);
        assertThat(robot.lookup("#master-" + anna).query().getPseudoClassStates()).doesNotContain(NOT_MINE);
        assertThat(robot.lookup("#master-" + other.id()).query().getPseudoClassStates()).doesNotContain(NOT_MINE);
    }
}
