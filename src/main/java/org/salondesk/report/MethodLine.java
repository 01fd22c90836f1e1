package org.salondesk.report;

import java.math.BigDecimal;

import org.salondesk.checkout.PaymentMethod;

/** Money taken by one method: paid in, refunded (negative) and what is left. */
public record MethodLine(PaymentMethod method, BigDecimal paid, BigDecimal refunded, long payments) {

    public BigDecimal net() {
        return paid.add(refunded);
    }
}
