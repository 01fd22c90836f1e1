package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A master's hours on one date, as the screens see them. */
public record DatedShiftRow(long id, long employeeId, LocalDate date, LocalTime start, LocalTime end) {

    static DatedShiftRow of(DatedShift shift) {
        return new DatedShiftRow(shift.getId(), shift.getEmployeeId(), shift.getWorkDate(), shift.getStartTime(),
                shift.getEndTime());
    }
}
