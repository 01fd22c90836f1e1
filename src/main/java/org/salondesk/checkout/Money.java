package org.salondesk.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.salondesk.Bounds;
import org.salondesk.Require;

/** Amounts of money: exact decimals in roubles and kopecks (decision 0029), never a double. */
public final class Money {

    /** An amount typed at the desk: from 0 to the column's 10 digits before the point, kopecks at most. */
    public static final Bounds AMOUNT = Bounds.decimal("fieldName.amount", 0, 9_999_999_999L, 2);
    /** A payment or refund: at least one kopeck. */
    public static final Bounds PAYMENT = new Bounds("fieldName.amount", new BigDecimal("0.01"),
            AMOUNT.max(), 2, 1);
    /** A discount in percent of the lines' total. */
    public static final Bounds PERCENT = Bounds.decimal("fieldName.discountPercent", 0, 100, 2);
    /** Items of a product sold at once. */
    public static final Bounds QUANTITY = Bounds.whole("fieldName.quantity", 1, 10_000);

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** {@code value} to kopecks, half up (a half kopeck goes up: 0.005 → 0.01). */
    public static BigDecimal kopecks(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount checked against {@code bounds}, in kopecks. */
    public static BigDecimal of(BigDecimal value, Bounds bounds) {
        return kopecks(Require.within(value, bounds));
    }

    /** Zero when null: an optional amount left empty. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : kopecks(value);
    }
}
