package org.salondesk.checkout;

import java.math.BigDecimal;

/**
 * A service done, as checked out: its catalogue or booked price ({@code listPrice}) and the price charged; a
 * different price needs {@code priceReason}.
 */
public record ServiceLine(long serviceId, String title, BigDecimal listPrice, BigDecimal price, String priceReason) {

    /** The same service charged {@code newPrice}, because of {@code reason}. */
    public ServiceLine withPrice(BigDecimal newPrice, String reason) {
        return new ServiceLine(serviceId, title, listPrice, newPrice, reason);
    }

    boolean priceChanged() {
        return listPrice == null || price == null || listPrice.compareTo(price) != 0;
    }
}
