package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.client.ClientForm;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientVisit;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.FreeStarts;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** The clients screen on the real window, on the demo salon. */
class ClientsWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;
    private long known;

    @BeforeEach
    void launch() throws Exception {
        MutableClock clock = TestToday.at(8, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
        known = window.desk().clients().findByPhone(DemoSalon.KNOWN_CLIENT_PHONE).orElseThrow().getId();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @SuppressWarnings("unchecked")
    private TableView<ClientRow> table() {
        return robot.lookup("#clients-table").queryAs(TableView.class);
    }

    /** Opens the clients screen and finds her by part of her phone typed the Russian way (8 for +7). */
    private void findKnownClient() throws Exception {
        robot.clickOn("#nav-clients");
        window.waitUntil(() -> robot.lookup("#clients-table").tryQuery().isPresent() && !table().getItems().isEmpty());
        robot.clickOn("#clients-search").write("8 916 123");
        window.waitUntil(() -> table().getItems().size() == 1 && table().getItems().get(0).id() == known);
        robot.interact(() -> table().getSelectionModel().select(0));
        window.waitUntil(() -> robot.lookup("#client-title").queryAs(Label.class).getText()
                .startsWith(DemoSalon.KNOWN_CLIENT));
    }

    @Test
    void aBlockedClientFoundByPartOfHerPhoneCannotBeBookedAndTheDeskSeesWhy() throws Exception {
        findKnownClient();
        robot.clickOn("#client-block-reason").write("Не пришла три раза");
        robot.clickOn("#client-block");
        window.waitUntil(() -> window.desk().clients().row(known).blocked());

        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-walk-in");
        window.waitUntil(() -> robot.lookup("#dialog-phone").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#booking-dialog").query().getScene().getWindow());
        robot.clickOn("#dialog-service-search").write("Стриж").type(KeyCode.ENTER);
        robot.clickOn("#dialog-phone").write("8 916 123-45-67");

        window.waitUntil(() -> robot.lookup("#dialog-client").queryAs(Label.class).getText()
                .contains("Не пришла три раза"));
        assertThat(robot.lookup("#dialog-save").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aNewClientWithHerPhoneIsRefusedAndHerCardIsOffered() throws Exception {
        robot.clickOn("#nav-clients");
        window.waitUntil(() -> robot.lookup("#clients-table").tryQuery().isPresent() && !table().getItems().isEmpty());
        long before = window.desk().clients().count("");
        robot.clickOn("#clients-new");
        robot.clickOn("#client-name").write("Вера");
        robot.clickOn("#client-phone").write("8 916 123-45-67");
        robot.clickOn("#client-save");

        window.waitUntil(() -> robot.lookup("#client-open-phone-owner").queryButton().isVisible());
        assertThat(robot.lookup("#clients-error").queryAs(Label.class).getText()).contains(DemoSalon.KNOWN_CLIENT);
        robot.clickOn("#client-open-phone-owner");

        window.waitUntil(() -> robot.lookup("#client-title").queryAs(Label.class).getText()
                .startsWith(DemoSalon.KNOWN_CLIENT));
        assertThat(robot.lookup("#clients-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(window.desk().clients().count("")).isEqualTo(before);
    }

    @Test
    void twoRecordsOfOnePersonMergeIntoOneHistory() throws Exception {
        long branch = window.desk().booking().getCompaniesForBooking().stream()
                .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).mapToLong(CompanyInfo::id)
                .findFirst().orElseThrow();
        EmployeeInfo anna = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(master -> master.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        long haircut = window.desk().booking().getServicesForBooking(branch, null, anna.id()).stream()
                .filter(service -> service.title().equals(DemoSalon.KNOWN_SERVICE)).mapToLong(ServiceInfo::id)
                .findFirst().orElseThrow();
        long twin = window.desk().clients().create(new ClientForm("Анна", "Смирнова", "+7 903 777-66-55", null,
                null, null));
        LocalDateTime free = FreeStarts.first(window.desk(), branch, List.of(haircut), anna.id(), TODAY.plusDays(1));
        BookingInfo twinsBooking = window.desk().booking().createBooking(branch, List.of(haircut), free.toLocalDate(),
                free.toLocalTime(), anna.id(), twin);
        int before = window.desk().clients().card(known).history().size();

        findKnownClient();
        robot.clickOn("#client-merge-phone").write("8 903 777 66 55");
        robot.clickOn("#client-merge");

        window.waitUntil(() -> historyOnScreen().size() == before + 1);
        window.shot(robot.lookup("#clients-table").query().getScene().getRoot(), "clients");
        assertThat(historyOnScreen()).extracting(ClientVisit::bookingId).contains(twinsBooking.id());
        assertThat(window.desk().clients().findByPhone("+79037776655")).isEmpty();
        assertThat(window.desk().clients().audit(known)).anyMatch(line -> line.startsWith("MERGED"));
    }

    @Test
    void aTaskWrittenFromTheCardIsAboutHerAndDoneTakesTheBadgeDown() throws Exception {
        findKnownClient();

        robot.clickOn("#client-new-task");
        window.waitUntil(() -> robot.lookup("#task-about").tryQuery().isPresent()
                && robot.lookup("#task-about").queryAs(Label.class).getText().contains(DemoSalon.KNOWN_CLIENT));
        robot.clickOn("#task-title").write("Напомнить о коррекции");
        robot.clickOn("#task-save");
        window.waitUntil(() -> window.desk().tasks().forClient(known).stream()
                .anyMatch(task -> task.title().equals("Напомнить о коррекции")));
        // The badge counts overdue and today's tasks, the new one among them.
        window.waitUntil(() -> badge().equals(Integer.toString(window.desk().tasks().waitingCount(null))));
        int waiting = Integer.parseInt(badge());

        robot.clickOn("#tasks-list-today");
        window.waitUntil(() -> window.app().wiring().tasks().rows().stream()
                .anyMatch(task -> task.title().equals("Напомнить о коррекции")));
        robot.interact(() -> window.app().wiring().tasks().selectedProperty().set(window.app().wiring().tasks()
                .rows().stream().filter(task -> task.title().equals("Напомнить о коррекции")).findFirst()
                .orElseThrow()));
        robot.clickOn("#task-done");
        window.waitUntil(() -> badge().equals(Integer.toString(waiting - 1)));
    }

    private String badge() {
        return robot.lookup("#badge-tasks").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<ClientVisit> historyOnScreen() {
        return robot.lookup("#client-history").queryAs(ListView.class).getItems();
    }
}
