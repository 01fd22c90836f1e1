package org.salondesk.ui.checkout;

import java.math.BigDecimal;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.checkout.Money;
import org.salondesk.checkout.ServiceLine;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.NumberText;

/** A service line of the checkout being filled in: its price as typed and, once it differs, the reason why. */
public final class ServiceItem {

    private final ServiceLine line;
    private final StringProperty price = new SimpleStringProperty(this, "price");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    ServiceItem(ServiceLine line, NumberText numbers) {
        this.line = line;
        price.set(numbers.format(line.price()));
    }

    public String title() {
        return line.title();
    }

    public BigDecimal listPrice() {
        return line.listPrice();
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The typed price, or null while it is no amount. */
    BigDecimal price(NumberText numbers) {
        BigDecimal typed = numbers.parse(price.get());
        return typed == null || !Money.AMOUNT.problem(typed).isEmpty() ? null : Money.kopecks(typed);
    }

    /** The price differs from the list price: a reason is needed. */
    public boolean changed(NumberText numbers) {
        BigDecimal typed = price(numbers);
        return typed != null && typed.compareTo(line.listPrice()) != 0;
    }

    /** What is wrong with the line in the desk's words, or "". */
    String problem(NumberText numbers) {
        String amount = numbers.problem(price.get(), Money.AMOUNT, false);
        if (!amount.isEmpty()) {
            return line.title() + ": " + amount;
        }
        return changed(numbers) && reason.get().isBlank() ? Messages.get("checkout.problem.priceReason",
                line.title()) : "";
    }

    /** The line as the checkout completes it (only when {@link #problem} is ""). */
    ServiceLine line(NumberText numbers) {
        BigDecimal charged = price(numbers);
        return line.withPrice(charged, changed(numbers) ? reason.get().strip() : null);
    }
}
