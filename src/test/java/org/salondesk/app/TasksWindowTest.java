package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.task.TaskKind;
import org.salondesk.task.TaskRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.FreeStarts;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** The task lists on the real window, on the demo salon. */
class TasksWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private MutableClock clock;
    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        clock = TestToday.at(7, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private String badge() {
        return robot.lookup("#badge-tasks").queryAs(Label.class).getText();
    }

    private int waiting() {
        return window.desk().tasks().waitingCount(window.desk().currentStaff().id());
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> tasksTable() {
        return robot.lookup("#tasks-table").queryAs(TableView.class);
    }

    private void openTasks() throws Exception {
        robot.clickOn("#nav-tasks");
        window.waitUntil(() -> robot.lookup("#tasks-table").tryQuery().isPresent());
    }

    @Test
    void aTaskWrittenAtTheDeskAndMarkedDoneTakesTheBadgeUpAndDown() throws Exception {
        int before = waiting();
        window.waitUntil(() -> badge().equals(before == 0 ? "" : Integer.toString(before)));
        openTasks();

        robot.clickOn("#tasks-new");
        robot.clickOn("#task-title").write("Позвонить поставщику краски");
        robot.clickOn("#task-save");

        window.waitUntil(() -> badge().equals(Integer.toString(before + 1)));
        robot.clickOn("#tasks-list-today");
        window.waitUntil(() -> tasksTable().getItems().stream()
                .anyMatch(task -> task.title().equals("Позвонить поставщику краски")));
        TaskRow written = tasksTable().getItems().stream()
                .filter(task -> task.title().equals("Позвонить поставщику краски")).findFirst().orElseThrow();
        robot.clickOn((Node) robot.lookup(node -> node instanceof TableRow<?> row && written.equals(row.getItem()))
                .query());
        window.waitUntil(() -> !robot.lookup("#task-done").queryButton().isDisabled());
        robot.clickOn("#task-done");

        window.waitUntil(() -> badge().equals(before == 0 ? "" : Integer.toString(before)));
        assertThat(window.desk().tasks().get(written.id()).done()).isTrue();
        assertThat(tasksTable().getItems()).noneMatch(task -> task.id() == written.id());
    }

    @Test
    void aNoShowMarkedOnTheRequestCardMakesACallBackTask() throws Exception {
        long branch = window.desk().booking().getCompaniesForBooking().stream()
                .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).mapToLong(CompanyInfo::id)
                .findFirst().orElseThrow();
        EmployeeInfo anna = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(master -> master.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        long haircut = window.desk().booking().getServicesForBooking(branch, null, anna.id()).stream()
                .filter(service -> service.title().equals(DemoSalon.KNOWN_SERVICE)).mapToLong(ServiceInfo::id)
                .findFirst().orElseThrow();
        LocalDateTime start = FreeStarts.first(window.desk(), branch, List.of(haircut), anna.id(), TODAY);
        long client = window.desk().clients().findByPhone(DemoSalon.KNOWN_CLIENT_PHONE).orElseThrow().getId();
        BookingInfo booked = window.desk().booking().createBooking(branch, List.of(haircut), start.toLocalDate(),
                start.toLocalTime(), anna.id(), client);
        // Two hours after its start she has not come: that day is now the desk's today.
        clock.set(start.plusHours(2).atZone(TestToday.zone()).toInstant());

        robot.clickOn("#nav-requests");
        robot.clickOn("#requests-quick-all");
        robot.clickOn("#requests-search").write(Long.toString(booked.number()));
        window.waitUntil(() -> requestsTable().getItems().size() == 1
                && requestsTable().getItems().get(0).id() == booked.id());
        robot.interact(() -> requestsTable().getSelectionModel().select(0));
        window.waitUntil(() -> robot.lookup("#details-to-no_show").tryQuery().isPresent());
        robot.clickOn("#details-to-no_show");
        window.waitUntil(() -> !window.desk().tasks().forBooking(booked.id()).isEmpty());

        openTasks();
        robot.clickOn("#tasks-list-today");
        window.waitUntil(() -> tasksTable().getItems().stream().anyMatch(task -> booked.id() == nullSafe(task.bookingId())
                && task.kind() == TaskKind.NO_SHOW_CALL_BACK));
        TaskRow callBack = tasksTable().getItems().stream().filter(task -> task.kind() == TaskKind.NO_SHOW_CALL_BACK
                && booked.id() == nullSafe(task.bookingId())).findFirst().orElseThrow();
        assertThat(callBack.clientId()).isEqualTo(client);
        assertThat(callBack.title()).contains(DemoSalon.KNOWN_CLIENT);
        window.waitUntil(() -> badge().equals(Integer.toString(waiting())));
    }

    private static long nullSafe(Long value) {
        return value == null ? -1 : value;
    }

    @SuppressWarnings("unchecked")
    private TableView<RequestRow> requestsTable() {
        return robot.lookup("#requests-table").queryAs(TableView.class);
    }
}
