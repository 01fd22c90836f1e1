package org.salondesk.schedule;

import java.time.LocalDate;

/** A master's day off, as the screens see it; {@code reason} may be null. */
public record DayOffRow(long id, long employeeId, LocalDate date, String reason) {

    static DayOffRow of(DayOff dayOff) {
        return new DayOffRow(dayOff.getId(), dayOff.getEmployeeId(), dayOff.getDate(), dayOff.getReason());
    }
}
