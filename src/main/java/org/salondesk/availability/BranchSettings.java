package org.salondesk.availability;

import java.time.ZoneId;

/** What availability needs to know of a branch: its clock, the default slot step and the minimum lead time. */
public record BranchSettings(long id, String name, String address, ZoneId zone, int slotIntervalMinutes,
                             int leadMinutes, boolean active) {
}
