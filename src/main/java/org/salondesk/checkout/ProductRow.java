package org.salondesk.checkout;

import java.math.BigDecimal;

/** A product of a branch as the lists show it. */
public record ProductRow(long id, long branchId, String name, BigDecimal price, int stock, boolean active) {
}
