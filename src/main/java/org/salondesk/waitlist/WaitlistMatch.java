package org.salondesk.waitlist;

import java.util.List;

import org.salondesk.availability.FreeStart;

/** An open entry and the free starts the availability engine finds for it now (the first few; none: no match). */
public record WaitlistMatch(WaitlistEntry entry, List<FreeStart> starts) {

    public WaitlistMatch {
        starts = List.copyOf(starts);
    }

    public boolean matched() {
        return !starts.isEmpty();
    }
}
