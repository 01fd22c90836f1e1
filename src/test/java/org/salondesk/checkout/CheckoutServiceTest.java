package org.salondesk.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingChange;
import org.salondesk.booking.BookingQueries;

/** A booking checked out: lines, payments and the completed booking written together, or nothing at all. */
class CheckoutServiceTest {

    private final CheckoutDesk at = new CheckoutDesk();

    @AfterEach
    void close() {
        at.close();
    }

    @Test
    void aCheckoutWritesItsLinesAndPaymentsTakesStockAndCompletesTheBooking() {
        long booking = at.booking(BookingStatus.ARRIVED);
        long shampoo = at.product("Шампунь", "650.50", 3);
        List<ServiceLine> lines = new ArrayList<>(at.desk.checkout().serviceLines(booking));
        assertThat(lines).extracting(ServiceLine::title).containsExactly("Стрижка", "Маникюр");
        lines.set(1, lines.get(1).withPrice(new BigDecimal("2000"), "скол на одном ногте"));

        // 1 800 + 2 000 + 2 × 650.50 = 5 101.00; −10 % = −510.10; tip 300 → 4 890.90; card 3 000 + cash 2 000.
        Checkout checkout = new Checkout(booking, lines, List.of(new ProductSale(shampoo, 2)),
                Discount.percent(BigDecimal.TEN, "постоянная клиентка"), new BigDecimal("300"), List.of());
        assertThat(at.desk.checkout().totals(checkout).stillToPay()).isEqualTo(new BigDecimal("4890.90"));
        CompletedCheckout done = at.desk.checkout().complete(new Checkout(booking, lines, checkout.products(),
                checkout.discount(), checkout.tip(), List.of(Tender.card("3000"), Tender.cash("2000"))));

        assertThat(done.totals().totalDue()).isEqualTo(new BigDecimal("4890.90"));
        assertThat(done.totals().change()).isEqualTo(new BigDecimal("109.10"));
        assertThat(at.status(booking)).isEqualTo(BookingStatus.COMPLETED);
        assertThat(at.rows("SELECT lines_total, discount, discount_reason, tip, total_due, prepaid, change_given"
                + " FROM checkout WHERE id = " + done.checkoutId()))
                .containsExactly("5101.00 | 510.10 | постоянная клиентка | 300.00 | 4890.90 | 0.00 | 109.10");
        assertThat(at.rows("SELECT line_no, kind, title, quantity, unit_price, amount, price_reason"
                + " FROM checkout_line ORDER BY line_no")).containsExactly(
                "1 | SERVICE | Стрижка | 1 | 1800.00 | 1800.00 | null",
                "2 | SERVICE | Маникюр | 1 | 2000.00 | 2000.00 | скол на одном ногте",
                "3 | PRODUCT | Шампунь | 2 | 650.50 | 1301.00 | null");
        assertThat(at.desk.payments().onDay(at.salon.branch, CheckoutDesk.TODAY))
                .extracting(PaymentRow::method, PaymentRow::amount, PaymentRow::tendered, PaymentRow::bookingId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CASH, new BigDecimal("1890.90"),
                                new BigDecimal("2000.00"), booking),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, new BigDecimal("3000.00"), null,
                                booking));
        assertThat(at.desk.payments().onDay(at.salon.branch, CheckoutDesk.TODAY.plusDays(1))).isEmpty();
        assertThat(at.desk.products().products(at.salon.branch)).singleElement()
                .extracting(ProductRow::stock).isEqualTo(1);
        assertThat(at.rows("SELECT kind, action, record_type, record_id FROM audit_entry WHERE kind = 'CHECKOUT'"))
                .containsExactly("CHECKOUT | CREATED | checkout | " + done.checkoutId());
        assertThat(at.rows("SELECT changes FROM audit_entry WHERE kind = 'BOOKING' AND record_id = " + booking))
                .anySatisfy(changes -> assertThat(changes).contains("ARRIVED → COMPLETED"));
        List<BookingQueries.HistoryLine> history = at.desk.bookingQueries().history(booking);
        assertThat(history.get(history.size() - 1)).extracting(BookingQueries.HistoryLine::kind,
                BookingQueries.HistoryLine::after).containsExactly(BookingChange.STATUS, "COMPLETED");
    }

    @Test
    void aConfirmedBookingServedAtOnceStepsThroughArrivedAndItsPrepaymentCounts() {
        long booking = at.booking(BookingStatus.CONFIRMED);
        at.execute("UPDATE booking SET prepaid_amount = 1000.00 WHERE id = " + booking);

        CompletedCheckout done = at.desk.checkout().complete(new Checkout(booking,
                at.desk.checkout().serviceLines(booking), null, null, null, List.of(Tender.transfer("3000"))));

        assertThat(done.totals().prepaid()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(done.totals().toPay()).isEqualTo(new BigDecimal("3000.00"));
        assertThat(at.status(booking)).isEqualTo(BookingStatus.COMPLETED);
        assertThat(at.desk.bookingQueries().history(booking)).filteredOn(line -> line.kind() == BookingChange.STATUS)
                .extracting(BookingQueries.HistoryLine::after).containsExactly("CONFIRMED", "ARRIVED", "COMPLETED");
        assertThat(at.rows("SELECT method, amount FROM payment")).containsExactly("TRANSFER | 3000.00");
    }

    @Test
    void aServiceAddedAtTheDeskComesAtItsCataloguePrice() {
        long booking = at.booking(BookingStatus.ARRIVED);
        ServiceLine added = at.desk.checkout().serviceLine(at.salon.haircut);

        at.desk.checkout().complete(new Checkout(booking, List.of(added), null, null, null,
                List.of(Tender.cash("1800"))));

        assertThat(at.rows("SELECT title, amount FROM checkout_line")).containsExactly("Стрижка | 1800.00");
    }

    @Test
    void aRefusedCheckoutWritesNothing() throws Exception {
        long booking = at.booking(BookingStatus.ARRIVED);
        long fresh = at.booking(BookingStatus.NEW);
        long shampoo = at.product("Шампунь", "650.50", 3);
        List<ServiceLine> lines = at.desk.checkout().serviceLines(booking);
        List<Tender> paid = List.of(Tender.cash("10000"));
        String before = at.contents();

        refused(new Checkout(booking, lines, List.of(new ProductSale(shampoo, 2), new ProductSale(shampoo, 2)),
                null, null, paid), "error.checkout.outOfStock");
        refused(new Checkout(booking, List.of(lines.get(0).withPrice(BigDecimal.ONE, " ")), null, null, null, paid),
                "error.required");
        // The list price is the booking's own, whatever the caller says it was.
        refused(new Checkout(booking, List.of(new ServiceLine(at.salon.haircut, "Стрижка", BigDecimal.ONE,
                BigDecimal.ONE, null)), null, null, null, paid), "error.required");
        refused(new Checkout(booking, lines, null, Discount.amount(new BigDecimal("5000"), "много"), null, paid),
                "error.checkout.discountOverTotal");
        refused(new Checkout(booking, lines, null, Discount.amount(BigDecimal.TEN, null), null, paid),
                "error.required");
        refused(new Checkout(booking, lines, null, null, null, List.of(Tender.cash("3999.99"))),
                "error.checkout.underpaid");
        refused(new Checkout(booking, lines, null, null, null, List.of(Tender.card("4000.01"))),
                "error.checkout.nonCashOver");
        refused(new Checkout(fresh, lines, null, null, null, paid), "error.checkout.notServed");
        refused(new Checkout(booking, List.of(), List.of(), null, null, paid), "error.checkout.noLines");

        assertThat(at.contents()).isEqualTo(before);
        assertThat(at.status(booking)).isEqualTo(BookingStatus.ARRIVED);
        at.desk.checkout().complete(new Checkout(booking, lines, null, null, null, paid));
        refused(new Checkout(booking, lines, null, null, null, paid), "error.checkout.notServed");
    }

    @Test
    void onlyTheBranchsProductsOnSaleCanBeSold() throws Exception {
        long booking = at.booking(BookingStatus.ARRIVED);
        long north = at.desk.branches().createBranch("Север", null);
        long elsewhere = at.desk.products().create(north, new ProductForm("Маска", BigDecimal.TEN, 5, true));
        long gone = at.product("Лак", "300", 5);
        at.desk.products().update(gone, new ProductForm("Лак", new BigDecimal("300"), 5, false));
        List<ServiceLine> lines = at.desk.checkout().serviceLines(booking);
        String before = at.contents();

        for (long product : List.of(elsewhere, gone)) {
            SalonDeskException refusal = catchThrowableOfType(SalonDeskException.class, () -> at.desk.checkout()
                    .complete(new Checkout(booking, lines, List.of(new ProductSale(product, 1)), null, null,
                            List.of(Tender.cash("5000")))));
            assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(refusal.messageKey()).isEqualTo("error.product.notFound");
        }
        assertThat(at.contents()).isEqualTo(before);
    }

    private void refused(Checkout checkout, String key) {
        SalonDeskException refusal = catchThrowableOfType(SalonDeskException.class,
                () -> at.desk.checkout().complete(checkout));
        assertThat(refusal).as(key).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.code()).isIn(ErrorCode.INVALID_ARGUMENT, ErrorCode.ILLEGAL_STATE);
        assertThat(refusal.message(Locale.ENGLISH)).doesNotContain("error.");
        assertThat(refusal.message(Locale.forLanguageTag("ru"))).doesNotContain("error.");
    }
}
