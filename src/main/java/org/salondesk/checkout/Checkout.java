package org.salondesk.checkout;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the desk completes a booking's checkout with: the services done (by default the booking's, see
 * {@link CheckoutService#serviceLines}), products sold, a discount, a tip and what the client handed over.
 */
public record Checkout(long bookingId, List<ServiceLine> services, List<ProductSale> products, Discount discount,
                       BigDecimal tip, List<Tender> payments) {

    public Checkout {
        services = services == null ? List.of() : List.copyOf(services);
        products = products == null ? List.of() : List.copyOf(products);
        discount = discount == null ? Discount.NONE : discount;
        payments = payments == null ? List.of() : List.copyOf(payments);
    }
}
