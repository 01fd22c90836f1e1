package org.salondesk.availability;

import java.time.ZoneId;

/**
 * What availability needs to know of a branch: its clock, the default slot step, the minimum lead time, and how many
 * days ahead (today counting as the first) a booking may be made.
 */
public record BranchSettings(long id, String name, String address, ZoneId zone, int slotIntervalMinutes,
                             int leadMinutes, boolean active, int bookingDaysAhead) {
}
