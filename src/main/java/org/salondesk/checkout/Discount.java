package org.salondesk.checkout;

import java.math.BigDecimal;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * A discount off the lines' total: a percent of it or an amount, with the reason given for it.
 *
 * @param percent true: {@code value} is a percent (0–100); false: an amount in roubles
 */
public record Discount(boolean percent, BigDecimal value, String reason) {

    public static final Discount NONE = new Discount(false, BigDecimal.ZERO, null);

    public static Discount percent(BigDecimal percent, String reason) {
        return new Discount(true, percent, reason);
    }

    public static Discount amount(BigDecimal amount, String reason) {
        return new Discount(false, amount, reason);
    }

    /** The discount in kopecks off {@code linesTotal}; refused when it is more than the total. */
    BigDecimal of(BigDecimal linesTotal) {
        BigDecimal off = percent
                ? Money.kopecks(linesTotal.multiply(Money.of(value, Money.PERCENT)).movePointLeft(2))
                : Money.of(value, Money.AMOUNT);
        if (off.compareTo(linesTotal) > 0) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.checkout.discountOverTotal", off,
                    linesTotal);
        }
        return off;
    }

    boolean none() {
        return value == null || value.signum() == 0;
    }
}
