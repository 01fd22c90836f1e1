package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A master's one-off break on a date, as the screens see it. */
public record BreakRow(long id, long masterId, LocalDate date, LocalTime start, LocalTime end) {

    static BreakRow of(MasterBreak pause) {
        return new BreakRow(pause.getId(), pause.getMasterId(), pause.getDate(), pause.getStartTime(),
                pause.getEndTime());
    }
}
