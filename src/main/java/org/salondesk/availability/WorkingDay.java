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

    /** The minutes of the shift outside every break (breaks may overlap each other or reach past the shift). */
    public int minutes() {
        boolean[] resting = new boolean[shift.length()];
        for (TimeSpan pause : breaks) {
            for (int minute = Math.max(pause.start(), shift.start()); minute < Math.min(pause.end(), shift.end());
                 minute++) {
                resting[minute - shift.start()] = true;
            }
        }
        int working = 0;
        for (boolean rest : resting) {
            working += rest ? 0 : 1;
        }
        return working;
    }
}
