package org.salondesk.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A branch's drawer for one business date (decision 0030): the cash it opened with, what was taken by each method
 * (refunds taken off), cash put in and taken out, and so the cash expected in it; once closed, what was counted.
 *
 * @param openingSet false while the opening is only the last closed day's counted cash, proposed
 * @param taken      net amounts by method (payments less refunds); every method present, zero when none
 * @param expected   the cash that should be in the drawer now: opening + cash taken + cash moved
 * @param close      the close, or null while the day is open
 */
public record CashDay(long branchId, LocalDate date, BigDecimal opening, boolean openingSet,
                      Map<PaymentMethod, BigDecimal> taken, BigDecimal refunds, List<CashMovement> movements,
                      BigDecimal expected, Close close) {

    public CashDay {
        taken = Map.copyOf(taken);
        movements = List.copyOf(movements);
    }

    public boolean closed() {
        return close != null;
    }

    /** Everything taken by every method, refunds taken off. */
    public BigDecimal takenTotal() {
        return taken.values().stream().reduce(Money.ZERO, BigDecimal::add);
    }

    /** Cash put in and taken out, together (negative when more was taken out). */
    public BigDecimal moved() {
        return movements.stream().map(CashMovement::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Whether money was added after the close (by an admin): the drawer now expects other than it did at the close. */
    public boolean changedAfterClose() {
        return close != null && close.expected().compareTo(expected) != 0;
    }

    /** Cash put into the drawer (positive) or taken out (negative), and why. */
    public record CashMovement(long id, BigDecimal amount, String reason, Instant at, String by) {
    }

    /** The day's close as written: when, by whom, what was expected then, what was counted, and why they differ. */
    public record Close(Instant at, String by, BigDecimal expected, BigDecimal counted, String note) {
        /** Counted less expected: negative when the drawer is short. */
        public BigDecimal difference() {
            return counted.subtract(expected);
        }
    }
}
