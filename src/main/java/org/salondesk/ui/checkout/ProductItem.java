package org.salondesk.ui.checkout;

import java.math.BigDecimal;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.checkout.Money;
import org.salondesk.checkout.ProductRow;
import org.salondesk.checkout.ProductSale;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.NumberText;

/** A product sold at the checkout: the product as listed and the quantity as typed. */
public final class ProductItem {

    private final ProductRow product;
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity");

    ProductItem(ProductRow product, int quantity) {
        this.product = product;
        this.quantity.set(Integer.toString(quantity));
    }

    public long productId() {
        return product.id();
    }

    public String name() {
        return product.name();
    }

    public BigDecimal unitPrice() {
        return product.price();
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The typed quantity, or 0 while it is none. */
    int quantity(NumberText numbers) {
        BigDecimal typed = numbers.parse(quantity.get());
        return typed == null || !Money.QUANTITY.problem(typed).isEmpty() ? 0 : typed.intValueExact();
    }

    /** Quantity × price, in kopecks (zero while the quantity is no number). */
    public BigDecimal amount(NumberText numbers) {
        return Money.kopecks(product.price().multiply(BigDecimal.valueOf(quantity(numbers))));
    }

    String problem(NumberText numbers) {
        String typed = numbers.problem(quantity.get(), Money.QUANTITY, false);
        if (!typed.isEmpty()) {
            return product.name() + ": " + typed;
        }
        return quantity(numbers) > product.stock() ? Messages.get("error.checkout.outOfStock", product.name(),
                quantity(numbers)) : "";
    }

    ProductSale sale(NumberText numbers) {
        return new ProductSale(product.id(), quantity(numbers));
    }
}
