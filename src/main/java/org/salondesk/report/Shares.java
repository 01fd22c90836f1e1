package org.salondesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates and averages of the reports, computed once the same way: exact decimals, rounded half up at the end. */
final class Shares {

    private Shares() {
    }

    /** {@code part / whole} as a percent with one decimal, zero when there is no whole. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code amount / count} in kopecks, zero when the count is zero. */
    static BigDecimal average(BigDecimal amount, long count) {
        if (count == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
