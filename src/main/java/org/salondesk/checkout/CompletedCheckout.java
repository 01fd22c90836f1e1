package org.salondesk.checkout;

/** A checkout written: its id and its figures (what the receipt will show). */
public record CompletedCheckout(long checkoutId, CheckoutTotals totals) {
}
