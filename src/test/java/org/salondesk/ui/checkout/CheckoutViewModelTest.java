package org.salondesk.ui.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.checkout.PaymentMethod;
import org.salondesk.checkout.ProductForm;
import org.salondesk.checkout.ProductRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestLocale;
import org.salondesk.testing.TestToday;

/** The checkout dialog's decisions on a real desk, in Russian: figures as she types, refusals, Complete, receipt. */
class CheckoutViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(9, 0);
    private final List<String> printed = new ArrayList<>();
    private TestLocale.Restore russian;
    private SalonDesk desk;
    private SmallSalon salon;
    private long booking;
    private CheckoutViewModel checkout;
    private int completed;

    @BeforeEach
    void openCheckout() {
        russian = TestLocale.use(TestLocale.RUSSIAN);
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        desk.products().create(salon.branch, new ProductForm("Шампунь", new BigDecimal("650.50"), 3, true));
        desk.products().create(salon.branch, new ProductForm("Старый лак", new BigDecimal("100"), 5, false));
        booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut, salon.manicure), TODAY,
                LocalTime.of(10, 0), salon.olga, salon.anna).id();
        desk.booking().changeStatus(booking, BookingStatus.CONFIRMED, null);
        desk.booking().changeStatus(booking, BookingStatus.ARRIVED, null);
        CheckoutServices services = new CheckoutServices(desk.checkout(), desk.products(), desk.receipts(),
                desk.bookingQueries(), desk.booking());
        checkout = CheckoutDialogs.of(services, BackgroundExecutor.sameThread(), (pdf, job) -> {
            printed.add(job + ": " + new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
            return true;
        }).forBooking(booking);
        checkout.setOnCompleted(() -> completed++);
        checkout.open();
    }

    @AfterEach
    void close() {
        desk.close();
        russian.close();
    }

    @Test
    void aMixedPaymentWithADiscountIsFiguredAsTypedCompletedAndItsReceiptPrintedAndSaved(@TempDir Path folder)
            throws IOException {
        assertThat(checkout.headingProperty().get()).contains("Анна Смирнова", "Ольга");
        assertThat(checkout.serviceItems()).extracting(ServiceItem::title).containsExactly("Стрижка", "Маникюр");
        assertThat(checkout.offeredProducts()).extracting(ProductRow::name).containsExactly("Шампунь");
        assertThat(checkout.figures().linesTotalProperty().get()).isEqualTo("4\u00a0000,00");

        checkout.serviceItems().get(1).priceProperty().set("2000");
        assertThat(checkout.problemProperty().get()).isEqualTo("Маникюр: укажите, почему изменена цена.");
        checkout.serviceItems().get(1).reasonProperty().set("скол на одном ногте");
        checkout.productQuantityProperty().set("2");
        checkout.addProduct(checkout.offeredProducts().get(0));
        checkout.discountValueProperty().set("10");
        assertThat(checkout.problemProperty().get()).isEqualTo("Укажите причину скидки.");
        checkout.discountReasonProperty().set("постоянная клиентка");
        checkout.tipProperty().set("300");
        // 1 800 + 2 000 + 2 × 650,50 = 5 101,00; −10 % = −510,10; + 300 = 4 890,90.
        assertThat(checkout.figures().toPayProperty().get()).isEqualTo("4\u00a0890,90");
        assertThat(checkout.problemProperty().get()).isEqualTo("Осталось оплатить 4\u00a0890,90.");
        assertThat(checkout.canCompleteProperty().get()).isFalse();

        checkout.paymentProperty(PaymentMethod.CARD).set("3 000");
        checkout.payRestBy(PaymentMethod.CASH);
        assertThat(checkout.paymentProperty(PaymentMethod.CASH).get()).isEqualTo("1\u00a0890,90");
        checkout.paymentProperty(PaymentMethod.CASH).set("2000");
        assertThat(checkout.figures().changeProperty().get()).isEqualTo("109,10");
        assertThat(checkout.figures().stillToPayProperty().get()).isEqualTo("0,00");
        assertThat(checkout.canCompleteProperty().get()).isTrue();

        checkout.complete();

        assertThat(desk.bookingQueries().details(booking).status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(completed).isEqualTo(1);
        assertThat(checkout.canCompleteProperty().get()).isFalse();
        assertThat(checkout.receiptProperty().get().payments()).hasSize(2);
        assertThat(desk.products().products(salon.branch)).filteredOn(ProductRow::active).singleElement()
                .extracting(ProductRow::stock).isEqualTo(1);
        checkout.printReceipt();
        assertThat(printed).singleElement().asString().endsWith(": %PDF-");
        Path file = folder.resolve(checkout.receiptFileName());
        checkout.saveReceipt(file);
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(checkout.toldProperty().get()).contains(file.getFileName().toString());
    }

    @Test
    void badAmountsAndTooLittleOrTooMuchByCardKeepCompleteOffAndWriteNothing() {
        checkout.tipProperty().set("12,345");
        assertThat(checkout.problemProperty().get()).isNotEmpty();
        assertThat(checkout.figures().toPayProperty().get()).isEqualTo("—");
        checkout.tipProperty().set("");
        checkout.discountPercentProperty().set(false);
        checkout.discountValueProperty().set("5000");
        checkout.discountReasonProperty().set("ошибка");
        assertThat(checkout.problemProperty().get()).startsWith("Скидка (5\u00a0000,00) больше");
        checkout.discountValueProperty().set("");
        checkout.paymentProperty(PaymentMethod.CARD).set("4500");
        assertThat(checkout.problemProperty().get()).startsWith("Картой и переводом (4\u00a0500,00) больше");
        checkout.serviceItems().remove(1);
        checkout.removeService(checkout.serviceItems().get(0));
        assertThat(checkout.problemProperty().get()).isEqualTo("В расчёте нужна хотя бы одна услуга или товар.");

        checkout.complete();

        assertThat(completed).isZero();
        assertThat(desk.bookingQueries().details(booking).status()).isEqualTo(BookingStatus.ARRIVED);
    }
}
