package org.salondesk.ui.checkout;

import java.math.BigDecimal;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.salondesk.checkout.CheckoutTotals;
import org.salondesk.i18n.MoneyText;

/** The checkout's figures as the dialog shows them, formatted in the desk's language ("1 500,00" in Russian). */
public final class CheckoutFigures {

    private final ReadOnlyStringWrapper linesTotal = new ReadOnlyStringWrapper(this, "linesTotal", "");
    private final ReadOnlyStringWrapper discount = new ReadOnlyStringWrapper(this, "discount", "");
    private final ReadOnlyStringWrapper tip = new ReadOnlyStringWrapper(this, "tip", "");
    private final ReadOnlyStringWrapper prepaid = new ReadOnlyStringWrapper(this, "prepaid", "");
    private final ReadOnlyStringWrapper toPay = new ReadOnlyStringWrapper(this, "toPay", "");
    private final ReadOnlyStringWrapper paid = new ReadOnlyStringWrapper(this, "paid", "");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
    private final ReadOnlyStringWrapper stillToPay = new ReadOnlyStringWrapper(this, "stillToPay", "");

    void show(CheckoutTotals totals) {
        linesTotal.set(amount(totals.linesTotal()));
        discount.set(amount(totals.discount()));
        tip.set(amount(totals.tip()));
        prepaid.set(amount(totals.prepaid()));
        toPay.set(amount(totals.toPay()));
        paid.set(amount(totals.paid()));
        change.set(amount(totals.change()));
        stillToPay.set(amount(totals.stillToPay()));
    }

    /** Figures that cannot be computed (a discount over the total) show as a dash rather than stale numbers. */
    void clear() {
        for (ReadOnlyStringWrapper figure : new ReadOnlyStringWrapper[]{linesTotal, discount, tip, prepaid, toPay,
                paid, change, stillToPay}) {
            figure.set("—");
        }
    }

    static String amount(BigDecimal value) {
        return MoneyText.of(value);
    }

    public ReadOnlyStringProperty linesTotalProperty() {
        return linesTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty discountProperty() {
        return discount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tipProperty() {
        return tip.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty prepaidProperty() {
        return prepaid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toPayProperty() {
        return toPay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paidProperty() {
        return paid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stillToPayProperty() {
        return stillToPay.getReadOnlyProperty();
    }
}
