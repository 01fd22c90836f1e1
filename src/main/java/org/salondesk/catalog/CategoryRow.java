package org.salondesk.catalog;

import org.salondesk.TextLimit;

/** A category of services of one branch, as the screens show it. */
public record CategoryRow(long id, long branchId, String name, String description) {

    public static final TextLimit NAME = BranchListEntry.NAME;
    public static final TextLimit DESCRIPTION = BranchListEntry.DESCRIPTION;

    static CategoryRow of(ServiceCategory category) {
        return new CategoryRow(category.getId(), category.getBranchId(), category.getName(),
                category.getDescription());
    }
}
