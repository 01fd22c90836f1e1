package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.Choice;
import org.testfx.api.FxRobot;

/** Who is at the desk: asked on the first start on a PC, remembered in the data folder, recorded on what she does. */
class DeskUserWindowTest {

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

    private boolean asking() {
        return robot.lookup("#desk-user-question").tryQuery().isPresent();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Choice<Long>> chooser() {
        return robot.lookup("#desk-user").queryAs(ComboBox.class);
    }

    @Test
    void theFirstStartAsksWhoIsAtTheDeskRecordsHerAndTheNextStartRemembersHer() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(this::asking);
        StaffRow ksenia = window.desk().staff().list(false).stream()
                .filter(user -> user.login().equals("ksenia")).findFirst().orElseThrow();
        assertThat(window.desk().currentStaff().id()).isNull();
        window.shot(robot.lookup("#desk-user-question").query(), "desk-user-question");

        robot.clickOn((Node) robot.lookup(node -> node instanceof ListCell<?> cell && cell.getItem() instanceof Choice<?>
                choice && Long.valueOf(ksenia.id()).equals(choice.value())).query());
        robot.clickOn("#desk-user-question-me");

        window.waitUntil(() -> !asking() && chooser().getValue() != null);
        assertThat(chooser().getValue().value()).isEqualTo(ksenia.id());
        assertThat(window.desk().currentStaff().id()).isEqualTo(ksenia.id());
        assertThat(Files.readString(folder.resolve("desk-user.properties"))).contains("=" + ksenia.id());

        BookingInfo booked = book();
        window.desk().booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        assertThat(window.desk().bookingQueries().details(booked.id()).createdBy()).isEqualTo("Ксения");

        window.stop();
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> chooser().getValue() != null);
        assertThat(chooser().getValue().value()).isEqualTo(ksenia.id());
        assertThat(asking()).as("a remembered person is not asked again").isFalse();
        assertThat(window.desk().currentStaff().id()).isEqualTo(ksenia.id());
    }

    @Test
    void withoutAnAnswerTheStatusBarKeepsAskingAndNothingIsRemembered() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(this::asking);

        robot.clickOn("#desk-user-question-later");

        window.waitUntil(() -> !asking());
        assertThat(chooser().getValue()).isNull();
        assertThat(chooser().getStyleClass()).contains("needs-choice");
        assertThat(window.desk().currentStaff().id()).isNull();
    }

    /** A booking of the demo's known service with its master, on the first day she has free time. */
    private BookingInfo book() {
        long branch = window.desk().booking().getCompaniesForBooking().stream()
                .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).mapToLong(CompanyInfo::id)
                .findFirst().orElseThrow();
        EmployeeInfo master = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(each -> each.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        long service = window.desk().booking().getServicesForBooking(branch, null, master.id()).stream()
                .filter(each -> each.title().equals(DemoSalon.KNOWN_SERVICE)).mapToLong(ServiceInfo::id)
                .findFirst().orElseThrow();
        LocalDate date = window.desk().booking().getDatesForBooking(branch, List.of(service), master.id(), 30, 1)
                .get(0);
        LocalTime time = window.desk().booking().getSlotsForBooking(branch, List.of(service), date, master.id(), null)
                .get(0);
        long client = window.desk().clients().findByPhone(DemoSalon.KNOWN_CLIENT_PHONE).orElseThrow().getId();
        return window.desk().booking().createBooking(branch, List.of(service), date, time, master.id(), client);
    }
}
