package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A rotating pattern (two on, two off ...) from its anchor date, as the screens see it; validTo may be null. */
public record RotationRow(long id, long masterId, LocalDate anchor, int daysOn, int daysOff, LocalTime start,
                          LocalTime end, LocalDate validTo) {

    static RotationRow of(RotationPattern rotation) {
        return new RotationRow(rotation.getId(), rotation.getMasterId(), rotation.getAnchorDate(),
                rotation.getDaysOn(), rotation.getDaysOff(), rotation.getStartTime(), rotation.getEndTime(),
                rotation.getValidTo());
    }
}
