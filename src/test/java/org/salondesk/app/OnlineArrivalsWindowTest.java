package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An online request made by another process on the desk's database (the booking server's, say) arrives at the open
 * desk within a second: in the calendar, in the count of new requests, and as a popup naming the client, the service,
 * the master and the time; a click on the popup opens the request's card.
 */
class OnlineArrivalsWindowTest {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineArrivalsWindowTest.class);

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private SalonDesk server;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
        if (window != null) {
            window.stop();
        }
    }

    private List<String> popupTexts() {
        return robot.lookup(".notification-bar .label").queryAll().stream()
                .map(node -> ((Labeled) node).getText()).filter(text -> text != null).toList();
    }

    /** The first free start today in the demo salon: its branch, a service, its master and the time. */
    private record FreeTime(CompanyInfo branch, ServiceInfo service, EmployeeInfo master, LocalTime time) {
    }

    private static FreeTime freeTimeToday(SalonDesk desk) {
        CompanyInfo branch = desk.booking().getCompaniesForBooking().get(0);
        for (EmployeeInfo master : desk.booking().getEmployeesForBooking(branch.id(), null, null, null)) {
            for (ServiceInfo offered : desk.booking().getServicesForBooking(branch.id(), null, master.id())) {
                List<LocalTime> free = desk.booking().getSlotsForBooking(branch.id(), List.of(offered.id()),
                        TestToday.date(), master.id(), null);
                if (!free.isEmpty()) {
                    return new FreeTime(branch, offered, master, free.get(0));
                }
            }
        }
        throw new AssertionError("no free time today in the demo salon");
    }

    private static long bookOnline(SalonDesk desk, FreeTime free, long client) {
        return desk.booking().createBooking(BookingRequest.online(free.branch().id(), List.of(free.service().id()),
                TestToday.date(), free.time(), free.master().id(), client)).id();
    }

    @Test
    void aLockedDeskCountsAnOnlineRequestButShowsNoClientOverTheSignInForm() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> window.desk().currentStaff().id() != null);
        window.waitUntil(() -> window.desk().changes().isListening());
        AppWiring wiring = window.app().wiring();
        window.waitUntil(() -> wiring.requests().newCountProperty().get() > 0);
        long newBefore = wiring.requests().newCountProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        window.waitUntil(window::isLocked);

        server = SalonDesk.open(JdbcUrl.embeddedIn(folder).value(), clock);
        bookOnline(server, freeTimeToday(server), server.clients().createClient("Вера", "Новикова",
                "+7 916 222-33-44"));
        window.waitUntil(() -> wiring.requests().newCountProperty().get() == newBefore + 1);

        // Signed in again, the next request pops up; the feed tells changes in order, so the one that came while
        // the desk was locked would have shown by now.
        window.signIn(DemoSalon.ADMIN_LOGIN, DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked());
        bookOnline(server, freeTimeToday(server), server.clients().createClient("Ольга", "Смирнова",
                "+7 916 333-44-55"));
        window.waitUntil(() -> popupTexts().stream().anyMatch(text -> text.contains("Ольга Смирнова")));
        assertThat(popupTexts()).noneMatch(text -> text.contains("Вера Новикова"));
        assertThat(wiring.requests().newCountProperty().get()).isEqualTo(newBefore + 2);
    }

    @Test
    void anOnlineRequestShowsAtOnceAndItsPopupOpensTheCard() throws Exception {
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
        window.waitUntil(() -> window.desk().changes().isListening());
        AppWiring wiring = window.app().wiring();
        window.waitUntil(() -> wiring.requests().newCountProperty().get() > 0);
        long newBefore = wiring.requests().newCountProperty().get();

        server = SalonDesk.open(JdbcUrl.embeddedIn(folder).value(), clock);
        FreeTime free = freeTimeToday(server);
        long client = server.clients().createClient("Вера", "Новикова", "+7 916 222-33-44");

        AtomicLong booked = new AtomicLong();
        AtomicLong poppedUp = window.whenShown(() -> popupTexts().stream()
                .anyMatch(text -> text.contains("Вера Новикова")));
        AtomicLong inCalendar = window.whenShown(() -> booked.get() != 0 && window.entry(booked.get()).isPresent());
        AtomicLong counted = window.whenShown(() -> wiring.requests().newCountProperty().get() == newBefore + 1);

        booked.set(bookOnline(server, free, client));
        long committed = System.nanoTime();
        long booking = booked.get();

        String expectedTime = free.time().toString();
        String serviceTitle = free.service().title();
        String masterName = free.master().name();
        window.waitUntil(() -> poppedUp.get() != 0 && inCalendar.get() != 0 && counted.get() != 0);
        long popupMs = (poppedUp.get() - committed) / 1_000_000;
        long calendarMs = (inCalendar.get() - committed) / 1_000_000;
        long countMs = (counted.get() - committed) / 1_000_000;
        LOG.info("The online request popped up {} ms, showed in the calendar {} ms and in the New count {} ms after"
                + " its commit", popupMs, calendarMs, countMs);
        // The issue asks for a second; measured here it takes 0.4-0.9 s (the H2 change log is read twice a
        // second). The bounds leave room for a 2-core machine busy with other builds, and still fail a desk that
        // shows the request only on some later refresh.
        assertThat(List.of(calendarMs, countMs)).as("calendar and count").allSatisfy(ms -> assertThat(ms)
                .isLessThan(2000));
        // The popup comes with the same change, then fades in (ControlsFX builds its first popup at that moment).
        assertThat(popupMs).as("popup").isLessThan(3000);
        assertThat(popupTexts()).anySatisfy(text -> assertThat(text).contains("Вера Новикова", serviceTitle,
                masterName, expectedTime));
        window.shot(robot.lookup(".notification-bar").query(), "online-request");

        Node bar = robot.lookup(".notification-bar").query();
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(bar, new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, true, null)))
                .get();

        AtomicLong shownCard = new AtomicLong();
        window.waitUntil(() -> {
            var details = wiring.requests().card().detailsProperty().get();
            shownCard.set(details == null ? 0 : details.id());
            return details != null && details.id() == booking;
        });
        assertThat(shownCard.get()).isEqualTo(booking);
        assertThat(wiring.requests().quickProperty().get().name()).isEqualTo("NEW");
        window.waitUntil(() -> robot.lookup("#requests-search").tryQuery().map(Node::isVisible).orElse(false));
        window.waitUntil(() -> robot.lookup("#details-client").queryAll().stream().anyMatch(node -> node.isVisible()
                && node.getScene() != null && ((Labeled) node).getText().contains("Вера Новикова")));
    }
}
