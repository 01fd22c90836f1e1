package org.salondesk.checkout;

import java.math.BigDecimal;

/** Money handed over at the checkout by one method (cash as counted, before the change). */
public record Tender(PaymentMethod method, BigDecimal amount) {

    public static Tender cash(String amount) {
        return new Tender(PaymentMethod.CASH, new BigDecimal(amount));
    }

    public static Tender card(String amount) {
        return new Tender(PaymentMethod.CARD, new BigDecimal(amount));
    }

    public static Tender transfer(String amount) {
        return new Tender(PaymentMethod.TRANSFER, new BigDecimal(amount));
    }
}
