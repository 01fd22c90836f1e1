package org.salondesk.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** The checkout's figures, computed by hand beside each case: exact kopecks, half up. */
class CheckoutTotalsTest {

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    private static CheckoutTotals totals(List<String> lines, Discount discount, String tip, String prepaid,
                                         Tender... payments) {
        return CheckoutTotals.of(lines.stream().map(BigDecimal::new).toList(), discount,
                tip == null ? null : rub(tip), prepaid == null ? null : rub(prepaid), List.of(payments));
    }

    @Test
    void aPercentDiscountIsRoundedHalfUpToKopecks() {
        // 1 999.90 + 333.35 = 2 333.25; 7.5 % of it is 174.99375 → 174.99; one kopeck more at 174.995 would go up.
        CheckoutTotals totals = totals(List.of("1999.90", "333.35"), Discount.percent(rub("7.5"), "постоянная"),
                null, null, Tender.card("2158.26"));

        assertThat(totals.linesTotal()).isEqualByComparingTo("2333.25");
        assertThat(totals.discount()).isEqualTo(rub("174.99"));
        assertThat(totals.totalDue()).isEqualTo(rub("2158.26"));
        assertThat(totals.requireSettled().stillToPay()).isEqualTo(rub("0.00"));
        assertThat(totals(List.of("0.10"), Discount.percent(rub("5"), "x"), null, null).discount())
                .isEqualTo(rub("0.01"));
    }

    @Test
    void anAmountDiscountAndATipMakeTheTotalDue() {
        CheckoutTotals totals = totals(List.of("1500", "800.50"), Discount.amount(rub("300"), "акция"), "200",
                null);

        assertThat(totals.totalDue()).isEqualTo(rub("2200.50"));
        assertThat(totals.toPay()).isEqualTo(rub("2200.50"));
        assertThat(totals.stillToPay()).isEqualTo(rub("2200.50"));
    }

    @Test
    void aDiscountOverTheTotalIsRefused() {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> totals(List.of("1000"), Discount.amount(rub("1000.01"), "ошибка"), null, null));

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused.message(Locale.ENGLISH)).contains("1,000.01").contains("1,000.00");
        assertThat(catchThrowableOfType(SalonDeskException.class,
                () -> totals(List.of("1000"), Discount.percent(rub("100.5"), "x"), null, null))).isNotNull();
        assertThat(totals(List.of("1000"), Discount.percent(rub("100"), "подарок"), null, null).totalDue())
                .isEqualTo(rub("0.00"));
    }

    @Test
    void thePrepaymentIsCountedAgainstTheTotal() {
        CheckoutTotals totals = totals(List.of("2500"), Discount.NONE, null, "1000", Tender.cash("1500"));

        assertThat(totals.prepaid()).isEqualTo(rub("1000.00"));
        assertThat(totals.toPay()).isEqualTo(rub("1500.00"));
        assertThat(totals.requireSettled().change()).isEqualTo(rub("0.00"));
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> totals(List.of("2500"), Discount.amount(rub("2000"), "x"), null, "1000"));
        assertThat(refused.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void aMixedPaymentGivesChangeOnlyFromCash() {
        CheckoutTotals totals = totals(List.of("3150"), Discount.NONE, null, null, Tender.card("2000"),
                Tender.transfer("150"), Tender.cash("1000"), Tender.cash("50"));

        assertThat(totals.paid()).isEqualTo(rub("3200.00"));
        assertThat(totals.cash()).isEqualTo(rub("1050.00"));
        assertThat(totals.nonCash()).isEqualTo(rub("2150.00"));
        assertThat(totals.change()).isEqualTo(rub("50.00"));
        assertThat(totals.cashKept()).isEqualTo(rub("1000.00"));
        assertThat(totals.requireSettled()).isSameAs(totals);
    }

    @Test
    void cardOrTransferOverTheRemainderIsRefused() {
        CheckoutTotals totals = totals(List.of("1000"), Discount.NONE, null, "200", Tender.card("900"));

        assertThat(totals.change()).isEqualTo(rub("0.00"));
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, totals::requireSettled);
        assertThat(refused.messageKey()).isEqualTo("error.checkout.nonCashOver");
        assertThat(refused.message(Locale.forLanguageTag("ru"))).contains("900,00").contains("800,00");
    }

    @Test
    void tooLittlePaidIsRefusedWithWhatIsMissing() {
        CheckoutTotals totals = totals(List.of("1000"), Discount.NONE, "100", null, Tender.cash("500"),
                Tender.card("599.99"));

        assertThat(totals.stillToPay()).isEqualTo(rub("0.01"));
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, totals::requireSettled);
        assertThat(refused.messageKey()).isEqualTo("error.checkout.underpaid");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("0.01 is still to pay.");
    }

    @Test
    void amountsMustBeWholeKopecksAndPaymentsPositive() {
        assertThat(catchThrowableOfType(SalonDeskException.class,
                () -> totals(List.of("10.005"), Discount.NONE, null, null)).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class,
                () -> totals(List.of("10"), Discount.NONE, null, null, Tender.cash("0"))).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class,
                () -> totals(List.of("10"), Discount.NONE, "-1", null)).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }
}
