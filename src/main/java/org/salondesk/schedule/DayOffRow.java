package org.salondesk.schedule;

import java.time.LocalDate;

/** A master's day off, as the screens see it; {@code reason} may be null. */
public record DayOffRow(long id, long masterId, LocalDate date, String reason) {

    static DayOffRow of(DayOff dayOff) {
        return new DayOffRow(dayOff.getId(), dayOff.getMasterId(), dayOff.getDate(), dayOff.getReason());
    }
}
