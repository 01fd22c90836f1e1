package org.salondesk.checkout;

/** Items of a product sold at the checkout, at the product's price; its stock goes down by {@code quantity}. */
public record ProductSale(long productId, int quantity) {
}
