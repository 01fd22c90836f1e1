package org.salondesk.catalog;

import org.salondesk.Bounds;
import org.salondesk.TextLimit;

/** A room, chair, basin or piece of equipment of a branch, and how many of it there are (decision 0033). */
public record ResourceRow(long id, long branchId, String name, int quantity, boolean active) {

    public static final TextLimit NAME = new TextLimit("fieldName.resourceName", 200);
    public static final Bounds QUANTITY = Bounds.whole("fieldName.resourceQuantity", 1, 1000);
}
