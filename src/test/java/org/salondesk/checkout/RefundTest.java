package org.salondesk.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;

/** A refund is a new negative payment naming the one it returns; nothing is changed, never more given back. */
class RefundTest {

    private final CheckoutDesk at = new CheckoutDesk();
    private long card;
    private long cash;

    @BeforeEach
    void checkOut() {
        long booking = at.booking(BookingStatus.ARRIVED);
        at.desk.checkout().complete(new Checkout(booking, at.desk.checkout().serviceLines(booking), null, null,
                null, List.of(Tender.card("2500"), Tender.cash("2000"))));
        List<PaymentRow> paid = at.desk.payments().onDay(at.salon.branch, CheckoutDesk.TODAY);
        cash = paid.get(0).id();
        card = paid.get(1).id();
    }

    @AfterEach
    void close() {
        at.close();
    }

    @Test
    void refundsAreNegativePaymentsUpToWhatWasPaid() throws Exception {
        long first = at.desk.payments().refund(card, new BigDecimal("1000"), "маникюр переделан бесплатно");
        String before = at.contents();

        SalonDeskException over = refused(card, "1500.01", "ещё");

        assertThat(over.messageKey()).isEqualTo("error.refund.overPaid");
        assertThat(over.message(Locale.ENGLISH)).contains("1,500.01").contains("1,500.00");
        assertThat(at.contents()).isEqualTo(before);
        at.desk.payments().refund(card, new BigDecimal("1500"), "клиентка недовольна");
        assertThat(refused(card, "0.01", "ещё").messageKey()).isEqualTo("error.refund.overPaid");
        assertThat(at.desk.payments().onDay(at.salon.branch, CheckoutDesk.TODAY))
                .extracting(PaymentRow::method, PaymentRow::amount, PaymentRow::refundOf, PaymentRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CASH, new BigDecimal("1500.00"), null,
                                null),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, new BigDecimal("2500.00"), null,
                                null),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, new BigDecimal("-1000.00"), card,
                                "маникюр переделан бесплатно"),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, new BigDecimal("-1500.00"), card,
                                "клиентка недовольна"));
        assertThat(at.rows("SELECT record_type, record_id FROM audit_entry WHERE kind = 'CHECKOUT'"
                + " AND record_type = 'payment'")).containsExactly("payment | " + first,
                "payment | " + (first + 1));
    }

    @Test
    void aRefundNeedsAReasonAPaymentAndAnAmount() throws Exception {
        long refund = at.desk.payments().refund(cash, new BigDecimal("500"), "вернули сдачу");
        String before = at.contents();

        assertThat(refused(cash, "10", " ").messageKey()).isEqualTo("error.required");
        assertThat(refused(cash, "0", "ноль").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused(cash, "-5", "минус").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused(cash, "1.001", "доли").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused(refund, "100", "возврат возврата").messageKey()).isEqualTo("error.refund.ofRefund");
        assertThat(refused(refund + 100, "100", "нет такой").code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refused(cash, "1000.01", "больше наличных").messageKey()).isEqualTo("error.refund.overPaid");

        assertThat(at.contents()).isEqualTo(before);
    }

    @Test
    void productsAreListedAndChangedAndTheirFormChecked() {
        long wax = at.product("Воск", "420", 5);

        at.desk.products().update(wax, new ProductForm("Воск для укладки", new BigDecimal("450.5"), 7, false));

        assertThat(at.desk.products().products(at.salon.branch)).containsExactly(
                new ProductRow(wax, at.salon.branch, "Воск для укладки", new BigDecimal("450.50"), 7, false));
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> at.product("Лак", "100", -1)).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> at.product(" ", "100", 1)).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> at.desk.products().update(wax + 1,
                new ProductForm("Лак", BigDecimal.TEN, 1, true))).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(at.rows("SELECT action FROM audit_entry WHERE record_type = 'product'"))
                .containsExactly("CREATED", "CHANGED");
    }

    private SalonDeskException refused(long payment, String amount, String reason) {
        SalonDeskException refusal = catchThrowableOfType(SalonDeskException.class,
                () -> at.desk.payments().refund(payment, new BigDecimal(amount), reason));
        assertThat(refusal).as(amount + " " + reason).isNotNull();
        return refusal;
    }
}
