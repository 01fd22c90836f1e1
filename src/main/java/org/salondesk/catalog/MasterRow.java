package org.salondesk.catalog;

import java.util.Arrays;
import java.util.Objects;

import org.salondesk.TextLimit;

/**
 * A master of one branch as the screens show it; blocked masters come too ({@code active} false). The photo (PNG or
 * JPEG, or null) is copied in and out, so that nobody changes the record's bytes.
 */
public record MasterRow(long id, long branchId, String name, String information, Long jobTitleId, boolean active,
                        byte[] photo) {

    public static final TextLimit NAME = Master.NAME;
    public static final TextLimit INFORMATION = Master.INFORMATION;
    /** The largest photo kept for a master. */
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    public MasterRow {
        photo = photo == null ? null : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    static MasterRow of(Master master) {
        return new MasterRow(master.getId(), master.getBranchId(), master.getName(), master.getInformation(),
                master.getJobTitleId(), master.isActive(), master.getPhoto());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterRow row && id == row.id && branchId == row.branchId && active == row.active
                && Objects.equals(name, row.name) && Objects.equals(information, row.information)
                && Objects.equals(jobTitleId, row.jobTitleId) && Arrays.equals(photo, row.photo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, branchId, name, information, jobTitleId, active, Arrays.hashCode(photo));
    }

    @Override
    public String toString() {
        return "MasterRow[id=" + id + ", name=" + name + ", active=" + active + "]";
    }
}
