package org.salondesk.staff;

import org.salondesk.access.StaffRole;

/**
 * A staff user as the lists show her; {@code onShiftToday} is null when she is not linked to a master whose schedule
 * could tell.
 */
public record StaffRow(long id, String login, String displayName, StaffRole role, Long masterId,
                       String masterName, boolean active, Boolean onShiftToday) {

    public StaffForm form() {
        return new StaffForm(login, displayName, role, masterId);
    }
}
