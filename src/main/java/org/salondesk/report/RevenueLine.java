package org.salondesk.report;

import java.math.BigDecimal;

/**
 * One line of a revenue report: a period, a master, a service or a category (its id and name), or the products sold
 * or the checkouts' discounts (negative) — so that the lines of every revenue report add up to the same revenue.
 * {@code count} is the checkouts (periods, masters, discounts) or the items sold (services, categories, products).
 */
public record RevenueLine(Kind kind, Long id, String name, BigDecimal amount, long count) {

    public enum Kind { ITEM, PRODUCTS, DISCOUNTS }
}
