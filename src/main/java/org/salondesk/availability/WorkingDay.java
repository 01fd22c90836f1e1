package org.salondesk.availability;

import java.util.List;

/** A master's working time on one date: the shift, with breaks cut out of it. */
public record WorkingDay(TimeSpan shift, List<TimeSpan> breaks) {

    public WorkingDay {
        breaks = List.copyOf(breaks);
    }

    /** Whether {@code span} lies wholly inside the shift and touches no break. */
    public boolean covers(TimeSpan span) {
        if (!shift.contains(span)) {
            return false;
        }
        for (TimeSpan pause : breaks) {
            if (pause.overlaps(span)) {
                return false;
            }
        }
        return true;
    }
}
