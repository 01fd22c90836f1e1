package org.salondesk.apikey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The use of each key since it was last written: a count and the latest time, kept in memory so that a request
 * writes no row; {@link #drain()} hands them over to be added to the table and starts again from nothing.
 */
final class UseCounts {

    /** One key's use since the last drain. */
    record Use(long keyId, long requests, Instant lastUsed) {
    }

    private final Map<Long, Use> uses = new ConcurrentHashMap<>();

    // compute() and remove() lock the key's entry, so that no count falls between a drain and the next.
    void count(long keyId, Instant at) {
        uses.compute(keyId, (id, was) -> was == null ? new Use(id, 1, at)
                : new Use(id, was.requests() + 1, at.isAfter(was.lastUsed()) ? at : was.lastUsed()));
    }

    /** What was counted since the last drain, each key once; counts made meanwhile go to the next drain. */
    List<Use> drain() {
        List<Use> drained = new ArrayList<>();
        for (Long keyId : uses.keySet()) {
            Use use = uses.remove(keyId);
            if (use != null) {
                drained.add(use);
            }
        }
        return drained;
    }

    /** Puts back what could not be written, to be written with the next drain. */
    void restore(List<Use> unwritten) {
        for (Use use : unwritten) {
            uses.merge(use.keyId(), use, (now, back) -> new Use(now.keyId(), now.requests() + back.requests(),
                    now.lastUsed().isAfter(back.lastUsed()) ? now.lastUsed() : back.lastUsed()));
        }
    }
}
