package org.salondesk.checkout;

/** How a payment was made. Only cash gives change: a card or a transfer is taken for the exact amount. */
public enum PaymentMethod {
    CASH, CARD, TRANSFER
}
