package org.salondesk.checkout;

import java.math.BigDecimal;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;

/**
 * The figures of one checkout, computed from its lines alone (no database, no clock): exact decimals in kopecks.
 * {@link #of} answers while the payments are still being typed (the desk shows what is still to pay);
 * {@link #requireSettled} is the check the checkout is completed with.
 *
 * @param linesTotal the services' and products' amounts added up
 * @param discount   off the lines' total, never more than it
 * @param totalDue   lines total − discount + tip
 * @param prepaid    paid ahead for the booking (online), counted against the total
 * @param toPay      what the client owes at the desk: total due − prepaid
 * @param paid       everything handed over, by every method
 * @param change     cash given back: what was paid over {@code toPay}, at most the cash handed over
 * @param stillToPay what is missing, 0 once paid
 */
public record CheckoutTotals(BigDecimal linesTotal, BigDecimal discount, BigDecimal tip, BigDecimal totalDue,
                             BigDecimal prepaid, BigDecimal toPay, BigDecimal cash, BigDecimal paid,
                             BigDecimal change, BigDecimal stillToPay) {

    /**
     * The figures for lines of {@code lineAmounts} (each already in kopecks); refused when the discount or the
     * prepayment is more than what they apply to, or an amount is not one.
     */
    public static CheckoutTotals of(List<BigDecimal> lineAmounts, Discount discount, BigDecimal tip,
                                    BigDecimal prepaid, List<Tender> payments) {
        BigDecimal lines = Money.ZERO;
        for (BigDecimal amount : lineAmounts) {
            lines = lines.add(Money.of(amount, Money.AMOUNT));
        }
        BigDecimal off = (discount == null ? Discount.NONE : discount).of(lines);
        BigDecimal tipped = tip == null ? Money.ZERO : Money.of(tip, Money.AMOUNT);
        BigDecimal due = lines.subtract(off).add(tipped);
        BigDecimal ahead = prepaid == null ? Money.ZERO : Money.of(prepaid, Money.AMOUNT);
        if (ahead.compareTo(due) > 0) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.checkout.prepaidOverTotal", ahead, due);
        }
        BigDecimal toPay = due.subtract(ahead);
        BigDecimal cash = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        for (Tender tender : payments) {
            Require.present(tender.method(), "field.paymentMethod");
            BigDecimal amount = Money.of(tender.amount(), Money.PAYMENT);
            paid = paid.add(amount);
            if (tender.method() == PaymentMethod.CASH) {
                cash = cash.add(amount);
            }
        }
        BigDecimal over = paid.subtract(toPay).max(Money.ZERO);
        return new CheckoutTotals(lines, off, tipped, due, ahead, toPay, cash, paid, over.min(cash),
                toPay.subtract(paid).max(Money.ZERO));
    }

    /** What was paid by card or transfer. */
    public BigDecimal nonCash() {
        return paid.subtract(cash);
    }

    /** The cash that stays in the drawer: the cash handed over less the change. */
    public BigDecimal cashKept() {
        return cash.subtract(change);
    }

    /**
     * Refuses unless the payments settle {@code toPay} exactly, cash aside: nothing missing, and no card or transfer
     * over the remainder (only cash gives change).
     */
    public CheckoutTotals requireSettled() {
        if (stillToPay.signum() > 0) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.checkout.underpaid", stillToPay);
        }
        if (nonCash().compareTo(toPay) > 0) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.checkout.nonCashOver", nonCash(), toPay);
        }
        return this;
    }
}
