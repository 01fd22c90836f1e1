package org.salondesk.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One occurrence of a repeating visit as the desk sees it before saving: free with the master who would take it, or
 * why not and the nearest free starts that day to choose instead.
 */
public record SeriesOccurrence(LocalDate date, LocalTime time, FreeTime.Verdict verdict, Long masterId,
                               List<SlotOffer> alternatives) {

    public SeriesOccurrence {
        alternatives = List.copyOf(alternatives);
    }

    public boolean free() {
        return verdict == FreeTime.Verdict.FREE;
    }
}
