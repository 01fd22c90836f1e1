package org.salondesk.checkout;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A completed checkout as its receipt (not a fiscal one) shows it: where and when, who, the lines, the figures and
 * what was paid by each method. Read by {@link Receipts}, laid out by {@link ReceiptSheet}.
 *
 * @param at       when the checkout was completed, on the branch's clock
 * @param payments what stays paid by each method (cash as kept in the drawer), refunds left out
 */
public record Receipt(String branchName, String branchAddress, LocalDateTime at, long bookingNumber,
                      String clientName, String masterName, List<Line> lines, BigDecimal linesTotal,
                      BigDecimal discount, String discountReason, BigDecimal tip, BigDecimal totalDue,
                      BigDecimal prepaid, List<Paid> payments, BigDecimal change) {

    public Receipt {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /** A line sold: a service (quantity 1) or a product. */
    public record Line(String title, int quantity, BigDecimal unitPrice, BigDecimal amount, String priceReason) {
    }

    /** Money taken by one method; {@code tendered} is the cash handed over (null for a card or a transfer). */
    public record Paid(PaymentMethod method, BigDecimal amount, BigDecimal tendered) {
    }

    /** Everything paid, prepayment aside. */
    public BigDecimal paid() {
        return payments.stream().map(Paid::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
