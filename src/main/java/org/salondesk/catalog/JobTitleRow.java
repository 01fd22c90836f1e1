package org.salondesk.catalog;

import org.salondesk.TextLimit;

/** A master's job title in one branch, as the screens show it. */
public record JobTitleRow(long id, long branchId, String name, String description) {

    public static final TextLimit NAME = BranchListEntry.NAME;
    public static final TextLimit DESCRIPTION = BranchListEntry.DESCRIPTION;

    static JobTitleRow of(JobTitle title) {
        return new JobTitleRow(title.getId(), title.getBranchId(), title.getName(), title.getDescription());
    }
}
