package org.salondesk.booking;

import java.math.BigDecimal;

/**
 * What the client paid ahead for an online booking: the amount (exact), its currency (ISO 4217), how (card, sbp…)
 * and the payment's reference at the payment provider. Checkout counts it against the total (issue 17).
 */
public record Prepayment(BigDecimal amount, String currency, String method, String reference) {
}
