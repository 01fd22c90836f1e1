package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A master's hours on one date, as the screens see them. */
public record DatedShiftRow(long id, long masterId, LocalDate date, LocalTime start, LocalTime end) {

    static DatedShiftRow of(DatedShift shift) {
        return new DatedShiftRow(shift.getId(), shift.getMasterId(), shift.getWorkDate(), shift.getStartTime(),
                shift.getEndTime());
    }
}
