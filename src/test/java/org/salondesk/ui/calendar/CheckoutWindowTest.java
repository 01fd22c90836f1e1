package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ExecutionException;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingSummary;
import org.salondesk.checkout.PaymentMethod;
import org.salondesk.checkout.PaymentRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Enter on an arrived booking in the calendar, a discount and a mixed payment typed, Ctrl+Enter completes. */
class CheckoutWindowTest {

    @TempDir
    Path folder;

    private final LocalDate today = TestToday.date();
    private final MutableClock clock = TestToday.at(10, 45);
    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;
    private long booking;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, clock, false, desk -> {
            salon = new SmallSalon(desk);
            booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), today, LocalTime.of(11, 0),
                    salon.olga, salon.anna).id();
            desk.booking().changeStatus(booking, BookingStatus.CONFIRMED, null);
            desk.booking().changeStatus(booking, BookingStatus.ARRIVED, null);
        });
        robot = window.robot();
        window.waitUntil(() -> window.entry(booking).isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void ctrlEnterOnTheSelectedBookingChecksItOutWithADiscountAndCardPlusCash() throws Exception {
        robot.clickOn(window.entry(booking).orElseThrow());
        window.waitUntil(() -> robot.lookup("#details-checkout").tryQuery().isPresent());
        robot.targetWindow(window.entry(booking).orElseThrow().getScene().getWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        window.waitUntil(() -> robot.lookup("#checkout-dialog").tryQuery().isPresent()
                && robot.lookup("#checkout-price-0").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#checkout-dialog").query().getScene().getWindow());
        type("#checkout-discount", "10");
        type("#checkout-discount-reason", "постоянная клиентка");
        // 1 800 − 10 % = 1 620: 1 000 by card, 1 000 in cash, 380 change.
        type("#checkout-card", "1000");
        type("#checkout-cash", "1000");
        window.waitUntil(() -> robot.lookup("#checkout-change").queryAs(Label.class).getText().equals("380.00"));
        assertThat(robot.lookup("#checkout-to-pay").queryAs(Label.class).getText()).isEqualTo("1,620.00");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        window.waitUntil(() -> !robot.lookup("#checkout-print").queryButton().isDisabled());
        assertThat(window.desk().bookingQueries().details(booking).status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(window.desk().payments().onDay(salon.branch, today)).extracting(PaymentRow::method,
                PaymentRow::amount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PaymentMethod.CASH, new BigDecimal("620.00")),
                org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, new BigDecimal("1000.00")));
        window.waitUntil(() -> window.entry(booking).map(entry -> entry.getEntry().getUserObject())
                .filter(BookingSummary.class::isInstance).map(summary -> ((BookingSummary) summary).status())
                .orElse(null) == BookingStatus.COMPLETED);
        robot.type(KeyCode.ESCAPE);
        window.waitUntil(() -> robot.lookup("#checkout-dialog").tryQuery().isEmpty());
    }

    /** Focuses the field on the FX thread (not found by the pointer), then types into it as a user does. */
    private void type(String query, String text) throws ExecutionException, InterruptedException,
            java.util.concurrent.TimeoutException {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(field::requestFocus).get();
        window.waitUntil(() -> window.hasFocus(query));
        robot.write(text);
    }
}
