package org.salondesk.catalog;

import java.math.BigDecimal;

import org.salondesk.Bounds;
import org.salondesk.TextLimit;

/** A service of one branch as the screens show it; blocked services come too ({@code active} false). */
public record ServiceRow(long id, long branchId, Long categoryId, String title, String description, BigDecimal price,
                         int durationMinutes, boolean active) {

    public static final TextLimit TITLE = SalonService.TITLE;
    public static final TextLimit DESCRIPTION = SalonService.DESCRIPTION;
    /** A price of the list, or a master's own. */
    public static final Bounds PRICE = SalonService.PRICE;
    /** A length of the list, or a master's own. */
    public static final Bounds DURATION = SalonService.DURATION;

    static ServiceRow of(SalonService service) {
        return new ServiceRow(service.getId(), service.getBranchId(), service.getCategoryId(), service.getTitle(),
                service.getDescription(), service.getPrice(), service.getDurationMinutes(), service.isActive());
    }
}
