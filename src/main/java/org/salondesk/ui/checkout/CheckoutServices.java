package org.salondesk.ui.checkout;

import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.checkout.CheckoutService;
import org.salondesk.checkout.ProductService;
import org.salondesk.checkout.Receipts;

/** What a checkout dialog reads and writes through. */
public record CheckoutServices(CheckoutService checkout, ProductService products, Receipts receipts,
                               BookingQueries queries, BookingService booking) {
}
