package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.RequestRow;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;

/**
 * Two desks on one database: desk B is the real window, desk A another SalonDesk on the same database (the H2 file
 * both open in AUTO_SERVER mode, or one PostgreSQL database in the build's PostgreSQL run). What A books, moves,
 * confirms and cancels, B's calendar, request list and New count show with nobody touching B. The delay from A's
 * commit to the first frame of B that shows it is logged.
 */
class DesksSeeEachOtherWindowTest {

    private static final Logger LOG = LoggerFactory.getLogger(DesksSeeEachOtherWindowTest.class);
    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private final AtomicReference<SmallSalon> salon = new AtomicReference<>();
    private DeskWindow deskB;
    private SalonDesk deskA;
    private FxRobot robot;

    @BeforeEach
    void twoDesks() throws Exception {
        JdbcUrl url = TestDatabases.onPostgres() ? JdbcUrl.of(TestDatabases.sharedUrl(folder))
                : JdbcUrl.embeddedIn(folder);
        deskB = DeskWindow.start(folder, url, clock, false, desk -> salon.set(new SmallSalon(desk)), false);
        robot = deskB.robot();
        deskA = SalonDesk.open(url.value(), clock);
        // Desk B's feed listens from its start; waiting for it makes the delays below those of a running desk.
        deskB.waitUntil(() -> deskB.desk().changes().isListening());
    }

    @AfterEach
    void close() throws Exception {
        deskA.close();
        deskB.stop();
    }

    private BookingInfo onlineRequest(long master, int hour) {
        return deskA.booking().createBooking(salon.get().branch, List.of(salon.get().haircut), TODAY,
                LocalTime.of(hour, 0), master, salon.get().anna);
    }

    private String badge() {
        return robot.lookup("#badge-requests").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<RequestRow> table() {
        return robot.lookup("#requests-table").queryAs(TableView.class);
    }

    private void waitAndLog(String what, long committed, AtomicLong shown) throws Exception {
        deskB.waitUntil(() -> shown.get() != 0);
        LOG.info("Desk B showed {} {} ms after desk A committed it ({})", what, (shown.get() - committed) / 1_000_000,
                TestDatabases.onPostgres() ? "PostgreSQL" : "H2 file");
    }

    @Test
    void deskBsCalendarAndNewCountShowDeskAsBookingsWithoutARefresh() throws Exception {
        assertThat(badge()).isEmpty();
        AtomicReference<BookingInfo> booked = new AtomicReference<>();
        AtomicLong inCalendar = deskB.whenShown(() -> booked.get() != null && deskB.entry(booked.get().id()).isPresent());
        AtomicLong inCount = deskB.whenShown(() -> badge().startsWith("1 "));

        booked.set(onlineRequest(salon.get().olga, 15));
        long committed = System.nanoTime();

        waitAndLog("a new booking in its calendar", committed, inCalendar);
        waitAndLog("a new booking in its New count", committed, inCount);
        long id = booked.get().id();
        assertThat(DeskWindow.masterOf(deskB.entry(id).orElseThrow())).isEqualTo(salon.get().olga);

        AtomicLong moved = deskB.whenShown(() -> deskB.entry(id).map(DeskWindow::masterOf).orElse(0L)
                == salon.get().pavel);
        deskA.booking().moveBooking(id, salon.get().pavel, TODAY, LocalTime.of(11, 0));
        waitAndLog("a move in its calendar", System.nanoTime(), moved);

        AtomicLong cancelled = deskB.whenShown(() -> deskB.entry(id).isEmpty() && badge().isEmpty());
        deskA.booking().cancelBooking(salon.get().branch, id, "Перенесла на завтра");
        waitAndLog("a cancellation in its calendar and New count", System.nanoTime(), cancelled);
    }

    @Test
    void deskBsRequestListShowsDeskAsRequestsAndKeepsTheRowPickedThere() throws Exception {
        BookingInfo first = onlineRequest(salon.get().olga, 10);
        deskB.waitUntil(() -> badge().startsWith("1 "));
        robot.clickOn("#nav-requests");
        deskB.waitUntil(() -> robot.lookup("#requests-table").tryQuery().isPresent() && table().getItems().size() == 1);
        robot.clickOn((Node) robot.lookup(node -> node instanceof TableRow<?> row && row.getItem() != null
                && ((RequestRow) row.getItem()).id() == first.id()).query());
        deskB.waitUntil(() -> robot.lookup("#details-to-confirmed").tryQuery().isPresent());

        AtomicReference<BookingInfo> second = new AtomicReference<>();
        AtomicLong listed = deskB.whenShown(() -> second.get() != null
                && table().getItems().stream().anyMatch(row -> row.id() == second.get().id())
                && badge().startsWith("2 "));
        second.set(onlineRequest(salon.get().pavel, 12));
        waitAndLog("a new request in its request list and New count", System.nanoTime(), listed);
        // The row the receptionist picked stays picked, its card open.
        assertThat(table().getSelectionModel().getSelectedItems()).extracting(RequestRow::id)
                .containsExactly(first.id());
        assertThat(robot.lookup("#details-to-confirmed").tryQuery()).isPresent();

        AtomicLong confirmed = deskB.whenShown(() -> table().getItems().stream()
                .anyMatch(row -> row.id() == first.id() && row.status() == BookingStatus.CONFIRMED)
                && badge().startsWith("1 ") && robot.lookup("#details-to-confirmed").tryQuery().isEmpty());
        deskA.booking().changeStatus(first.id(), BookingStatus.CONFIRMED, null);
        waitAndLog("a confirmation in its request list, card and New count", System.nanoTime(), confirmed);
    }
}
