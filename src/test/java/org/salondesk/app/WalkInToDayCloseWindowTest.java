package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSummary;
import org.salondesk.checkout.CashDay;
import org.salondesk.checkout.PaymentMethod;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/**
 * Issue 17's day at the desk, all from the keyboard: a walk-in is booked (Ctrl+N), served and checked out with a
 * discount and a mixed payment (Ctrl+Enter on the selected booking), then the day's close (Ctrl+digit to its screen)
 * counts the drawer and closes the day.
 */
class WalkInToDayCloseWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(10, 0);
    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, clock, false, desk -> {
            salon = new SmallSalon(desk);
            desk.clients().createClient("Ирина", "Котова", "+7 926 000-11-22");
            desk.dayClose().setOpening(salon.branch, TODAY, new BigDecimal("2000"));
        });
        robot = window.robot();
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aWalkInIsBookedCheckedOutAndTheDayClosedFromTheKeyboard() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        window.waitUntil(() -> window.hasFocus("#dialog-service-search"));
        robot.targetWindow(robot.lookup("#booking-dialog").query().getScene().getWindow());
        robot.write("Стриж");
        window.waitUntil(() -> robot.lookup("#dialog-service-list").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        window.waitUntil(() -> window.hasFocus("#dialog-phone"));
        robot.write("8 926 000-11-22");
        window.waitUntil(() -> robot.lookup("#dialog-client").queryAs(Label.class).getText().equals("Ирина Котова")
                && !robot.lookup("#dialog-save").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());
        BookingInfo walkIn = window.desk().booking().getBookingsInfo(
                window.desk().clients().findByPhone("+79260001122").orElseThrow().getId()).get(0);

        // The new booking is the selected one: Ctrl+Enter checks it out. 1 800 for the haircut, 10 % off (180),
        // 1 000 by card and 1 000 in cash: 380 change, 620 stays in the drawer.
        window.waitUntil(() -> window.app().wiring().calendar().selectedProperty().get() != null
                && window.app().wiring().calendar().selectedProperty().get().id() == walkIn.id());
        robot.targetWindow(robot.lookup("#navigation").query().getScene().getWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        window.waitUntil(() -> robot.lookup("#checkout-dialog").tryQuery().isPresent()
                && robot.lookup("#checkout-price-0").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#checkout-dialog").query().getScene().getWindow());
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        window.waitUntil(() -> window.hasFocus("#checkout-discount"));
        robot.write("10");
        tabTo("#checkout-discount-reason");
        robot.write("первый визит");
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        window.waitUntil(() -> window.hasFocus("#checkout-card"));
        robot.write("1000");
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        window.waitUntil(() -> window.hasFocus("#checkout-cash"));
        robot.write("1000");
        window.waitUntil(() -> robot.lookup("#checkout-change").queryAs(Label.class).getText().equals("380.00"));
        assertThat(robot.lookup("#checkout-to-pay").queryAs(Label.class).getText()).isEqualTo("1,620.00");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        window.waitUntil(() -> !robot.lookup("#checkout-print").queryButton().isDisabled());
        window.shot(robot.lookup("#checkout-dialog").query().getScene().getRoot(), "checkout");
        DeskWindow.shotPdf(org.salondesk.print.PdfSheets.write(new org.salondesk.checkout.ReceiptSheet(
                java.util.Locale.forLanguageTag("ru")).of(window.desk().receipts().ofBooking(walkIn.id()))), "receipt");
        window.waitUntil(() -> window.entry(walkIn.id()).map(entry -> entry.getEntry().getUserObject())
                .filter(BookingSummary.class::isInstance).map(summary -> ((BookingSummary) summary).status())
                .orElse(null) == BookingStatus.COMPLETED);
        robot.type(KeyCode.ESCAPE);
        window.waitUntil(() -> robot.lookup("#checkout-dialog").tryQuery().isEmpty());

        robot.targetWindow(robot.lookup("#navigation").query().getScene().getWindow());
        int dayClose = shownScreens().indexOf("dayclose") + 1;
        robot.press(KeyCode.CONTROL, KeyCode.getKeyCode(Integer.toString(dayClose)))
                .release(KeyCode.getKeyCode(Integer.toString(dayClose)), KeyCode.CONTROL);
        window.waitUntil(() -> window.hasFocus("#dayclose-counted")
                && robot.lookup("#dayclose-status").queryAs(Label.class).getText().equals("The day is open."));
        // Expected: 2 000 opening + 620 cash kept.
        robot.write("2 600");
        window.waitUntil(() -> robot.lookup("#dayclose-difference").queryAs(Label.class).getText()
                .equals("The drawer is short by 20.00."));
        robot.type(KeyCode.TAB).write("сдача мелочью").type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#dayclose-status").queryAs(Label.class).getText().startsWith("Closed"));
        window.shot(robot.lookup("#navigation").queryParent().getScene().getRoot(), "day-close");

        CashDay day = window.desk().dayClose().day(salon.branch, TODAY);
        assertThat(day.taken().get(PaymentMethod.CARD)).isEqualByComparingTo("1000");
        assertThat(day.taken().get(PaymentMethod.CASH)).isEqualByComparingTo("620");
        assertThat(day.expected()).isEqualByComparingTo("2620");
        assertThat(day.close().counted()).isEqualByComparingTo("2600");
        assertThat(day.close().difference()).isEqualByComparingTo("-20");
        assertThat(day.close().note()).isEqualTo("сдача мелочью");
    }

    /** Presses Tab until the field has the focus, as a receptionist moves through a form. */
    private void tabTo(String query) throws Exception {
        for (int presses = 0; presses < 12 && !window.hasFocus(query); presses++) {
            robot.type(KeyCode.TAB);
        }
        window.waitUntil(() -> window.hasFocus(query));
    }

    private List<String> shownScreens() {
        return robot.lookup("#navigation").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .filter(node -> node instanceof ToggleButton && node.isVisible()).map(Node::getId)
                .map(id -> id.substring("nav-".length())).toList();
    }
}
