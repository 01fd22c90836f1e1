package org.salondesk.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.staff.StaffForm;

/** The day's close: the drawer's figures, the close with its difference, and the day's money locked after it. */
class DayCloseTest {

    private static final String PASSWORD = "касса-2026";

    private final CheckoutDesk at = new CheckoutDesk();

    @AfterEach
    void close() {
        at.close();
    }

    @Test
    void theDrawerExpectsTheOpeningPlusCashTakenLessRefundsPlusCashMoved() throws Exception {
        DayCloseService days = at.desk.dayClose();
        long branch = at.salon.branch;
        days.setOpening(branch, CheckoutDesk.TODAY, new BigDecimal("1000"));
        checkOut(Tender.card("2500"), Tender.cash("2000"));
        checkOut(Tender.cash("5000"));
        long cashOfSecond = at.desk.payments().onDay(branch, CheckoutDesk.TODAY).get(2).id();
        at.desk.payments().refund(cashOfSecond, new BigDecimal("500"), "скидка постоянной клиентке");
        days.moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("200"), "размен");
        days.moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("-1000"), "инкассация");

        CashDay day = days.day(branch, CheckoutDesk.TODAY);

        assertThat(day.opening()).isEqualByComparingTo("1000");
        assertThat(day.taken()).isEqualTo(Map.of(PaymentMethod.CASH, new BigDecimal("5000.00"),
                PaymentMethod.CARD, new BigDecimal("2500.00"), PaymentMethod.TRANSFER, new BigDecimal("0.00")));
        assertThat(day.refunds()).isEqualByComparingTo("-500");
        assertThat(day.takenTotal()).isEqualByComparingTo("7500");
        assertThat(day.movements()).extracting(CashDay.CashMovement::amount, CashDay.CashMovement::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("200.00"), "размен"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("-1000.00"), "инкассация"));
        assertThat(day.expected()).isEqualByComparingTo("5200");
        assertThat(day.closed()).isFalse();
    }

    @Test
    void aDifferenceNeedsItsNoteAndTheCloseIsWrittenOnceWithWhatWasExpectedAndCounted() throws Exception {
        DayCloseService days = at.desk.dayClose();
        long branch = at.salon.branch;
        checkOut(Tender.cash("4000"));
        String before = at.contents();

        SalonDeskException noNote = refused(() -> days.close(branch, CheckoutDesk.TODAY, new BigDecimal("3950"), " "));

        assertThat(noNote.messageKey()).isEqualTo("error.day.differenceNote");
        assertThat(noNote.message(Locale.ENGLISH)).contains("-50.00");
        assertThat(at.contents()).isEqualTo(before);

        CashDay closed = days.close(branch, CheckoutDesk.TODAY, new BigDecimal("3950"), "сдача без чека");

        assertThat(closed.close().expected()).isEqualByComparingTo("4000");
        assertThat(closed.close().counted()).isEqualByComparingTo("3950");
        assertThat(closed.close().difference()).isEqualByComparingTo("-50");
        assertThat(closed.close().note()).isEqualTo("сдача без чека");
        assertThat(closed.close().at()).isEqualTo(at.clock.instant());
        assertThat(refused(() -> days.close(branch, CheckoutDesk.TODAY, new BigDecimal("3950"), "ещё раз"))
                .messageKey()).isEqualTo("error.day.alreadyClosed");
        assertThat(days.day(branch, CheckoutDesk.TODAY.plusDays(1)).opening())
                .as("the next day opens with what was counted").isEqualByComparingTo("3950");
        assertThat(refused(() -> days.close(branch, CheckoutDesk.TODAY.plusDays(1), BigDecimal.ZERO, null))
                .messageKey()).isEqualTo("error.day.notYet");
    }

    @Test
    void aClosedDaysMoneyWaitsForAnAdminAndWhatSheAddsIsAuditedAndShows() throws Exception {
        long branch = at.salon.branch;
        long served = at.booking(BookingStatus.ARRIVED);
        checkOut(Tender.cash("4000"));
        long cash = at.desk.payments().onDay(branch, CheckoutDesk.TODAY).get(0).id();
        at.desk.dayClose().close(branch, CheckoutDesk.TODAY, new BigDecimal("4000"), null);
        long rita = at.desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        long elena = at.desk.staff().create(new StaffForm("elena", "Елена", StaffRole.ADMIN, null));
        at.desk.staff().setPassword(rita, PASSWORD.toCharArray());
        at.desk.staff().setPassword(elena, PASSWORD.toCharArray());
        at.desk.signIn("rita", PASSWORD.toCharArray());
        String before = at.contents();

        List<SalonDeskException> refusals = List.of(
                refused(() -> at.desk.checkout().complete(paidInCash(served))),
                refused(() -> at.desk.dayClose().moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("-100"), "обед")),
                refused(() -> at.desk.dayClose().setOpening(branch, CheckoutDesk.TODAY, BigDecimal.TEN)));

        assertThat(refusals).extracting(SalonDeskException::messageKey).containsOnly("error.day.closed");
        assertThat(refusals.get(0).message(Locale.forLanguageTag("ru"))).contains("закрыт");
        assertThat(at.contents()).isEqualTo(before);

        at.desk.signIn("elena", PASSWORD.toCharArray());
        at.desk.payments().refund(cash, new BigDecimal("300"), "жалоба после закрытия");
        CashDay day = at.desk.dayClose().day(branch, CheckoutDesk.TODAY);

        assertThat(day.changedAfterClose()).isTrue();
        assertThat(day.expected()).isEqualByComparingTo("3700");
        assertThat(day.close().expected()).isEqualByComparingTo("4000");
        assertThat(at.rows("SELECT changes FROM audit_entry WHERE record_type = 'payment'"))
                .singleElement().asString().contains("after the close: yes");
    }

    @Test
    void cashMovedNeedsAReasonAndCannotTakeOutMoreThanTheDrawerHolds() throws Exception {
        DayCloseService days = at.desk.dayClose();
        long branch = at.salon.branch;
        days.setOpening(branch, CheckoutDesk.TODAY, new BigDecimal("500"));
        String before = at.contents();

        assertThat(refused(() -> days.moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("-500.01"), "банк"))
                .messageKey()).isEqualTo("error.cash.notInDrawer");
        assertThat(refused(() -> days.moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("100"), " "))
                .messageKey()).isEqualTo("error.required");
        assertThat(refused(() -> days.moveCash(branch, CheckoutDesk.TODAY, BigDecimal.ZERO, "ноль")).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused(() -> days.moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("1.005"), "доли"))
                .code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused(() -> days.setOpening(branch, CheckoutDesk.TODAY, new BigDecimal("-1"))).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused(() -> days.moveCash(branch, CheckoutDesk.TODAY.plusDays(1), BigDecimal.TEN, "завтра"))
                .messageKey()).isEqualTo("error.day.notYet");
        assertThat(at.contents()).isEqualTo(before);

        days.moveCash(branch, CheckoutDesk.TODAY, new BigDecimal("-500"), "банк");

        assertThat(days.day(branch, CheckoutDesk.TODAY).expected()).isEqualByComparingTo("0");
    }

    private void checkOut(Tender... tenders) {
        long booking = at.booking(BookingStatus.ARRIVED);
        at.desk.checkout().complete(new Checkout(booking, at.desk.checkout().serviceLines(booking), null, null,
                null, List.of(tenders)));
    }

    private Checkout paidInCash(long booking) {
        return new Checkout(booking, at.desk.checkout().serviceLines(booking), null, null, null,
                List.of(Tender.cash("4000")));
    }

    private static SalonDeskException refused(ThrowingCallable call) {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, call);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
