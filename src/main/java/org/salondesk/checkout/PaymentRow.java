package org.salondesk.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment as a day's list shows it: positive money taken, negative a refund of payment {@code refundOf}.
 *
 * @param tendered cash handed over, before the change (null for a card, a transfer, a refund)
 */
public record PaymentRow(long id, long checkoutId, long bookingId, LocalDate businessDate, PaymentMethod method,
                         BigDecimal amount, BigDecimal tendered, Long refundOf, String reason, Instant paidAt,
                         Long staffUserId) {
}
