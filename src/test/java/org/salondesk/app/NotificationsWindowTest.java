package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A master signed in at the window hears of a booking another desk made for her: her bell counts it, a popup says it,
 * and opening the bell marks it read.
 */
class NotificationsWindowTest {

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private SalonDesk otherDesk;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (otherDesk != null) {
            otherDesk.close();
        }
        if (window != null) {
            window.stop();
        }
    }

    private String count() {
        return robot.lookup("#notification-count").queryAs(Labeled.class).getText();
    }

    @Test
    void aBookingAnotherDeskMakesForHerRingsHerBell() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> window.desk().currentStaff().id() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        window.waitUntil(window::isLocked);
        window.signIn("anna", DemoSalon.PASSWORD);
        StaffRow anna = window.desk().staff().list(false).stream().filter(row -> row.login().equals("anna"))
                .findFirst().orElseThrow();
        window.waitUntil(() -> anna.id() == window.desk().currentStaff().id());
        window.waitUntil(() -> window.desk().changes().isListening());
        assertThat(count()).isEmpty();

        otherDesk = SalonDesk.open(JdbcUrl.embeddedIn(folder).value(), clock);
        CompanyInfo branch = otherDesk.booking().getCompaniesForBooking().get(0);
        long service = otherDesk.booking().getServicesForBooking(branch.id(), null, anna.masterId()).get(0).id();
        LocalDate day = otherDesk.booking().getDatesForBooking(branch.id(), List.of(service), anna.masterId(), 14, 1)
                .get(0);
        LocalTime time = otherDesk.booking().getSlotsForBooking(branch.id(), List.of(service), day, anna.masterId(),
                null).get(0);
        long client = otherDesk.clients().createClient("Вера", "Новикова", "+7 916 222-33-44");
        otherDesk.booking().createBooking(branch.id(), List.of(service), day, time, anna.masterId(), client);

        window.waitUntil(() -> "1".equals(count()));
        window.waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        window.shot(robot.lookup(".notification-bar").query(), "notification");
        assertThat(robot.lookup(".notification-bar").lookup(".label").queryAll()).extracting(
                node -> ((Labeled) node).getText()).anySatisfy(text -> assertThat(text).contains("Вера Новикова"));

        MenuButton bell = robot.lookup("#notification-bell").queryAs(MenuButton.class);
        WaitForAsyncUtils.asyncFx(bell::show).get();
        window.waitUntil(() -> count().isEmpty());
        assertThat(bell.getItems()).hasSize(1);
        WaitForAsyncUtils.asyncFx(bell::hide).get();
    }
}
