package org.salondesk.catalog;

import java.time.LocalTime;
import java.time.ZoneId;

/** A branch's settings as the admin edits them. */
public record BranchSettingsForm(String name, String address, ZoneId timeZone, int slotIntervalMinutes,
                                 int minLeadMinutes, int bookingDaysAhead, LocalTime defaultShiftStart,
                                 LocalTime defaultShiftEnd) {

    public static BranchSettingsForm of(Branch branch) {
        return new BranchSettingsForm(branch.getName(), branch.getAddress(), branch.getTimeZone(),
                branch.getSlotIntervalMinutes(), branch.getMinLeadMinutes(), branch.getBookingDaysAhead(),
                branch.getDefaultShiftStart(), branch.getDefaultShiftEnd());
    }
}
