package org.salondesk.checkout;

import java.math.BigDecimal;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.TextLimit;

/** A product as typed: its name, price, items in stock and whether it is still sold. */
public record ProductForm(String name, BigDecimal price, int stock, boolean active) {

    public static final TextLimit NAME = new TextLimit("fieldName.productName", 200);
    public static final Bounds STOCK = Bounds.whole("fieldName.stock", 0, 1_000_000);

    /** The form checked: a name, a price in kopecks, a stock of 0 or more. */
    ProductForm checked() {
        return new ProductForm(Require.text(name, "field.name", NAME), Money.of(price, Money.AMOUNT),
                Require.within(stock, STOCK), active);
    }
}
