package org.salondesk.catalog;

import java.time.ZoneId;

/** A branch as the screens list it (immutable; the settings themselves come as a {@link BranchSettingsForm}). */
public record BranchRow(long id, String name, String address, ZoneId timeZone, boolean active) {

    static BranchRow of(Branch branch) {
        return new BranchRow(branch.getId(), branch.getName(), branch.getAddress(), branch.getTimeZone(),
                branch.isActive());
    }
}
