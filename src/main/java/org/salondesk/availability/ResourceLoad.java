package org.salondesk.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of each resource of a branch is in use, minute by minute of each date (decision 0033): the uses of the
 * bookings and holds that block, against how many of it the branch has. Pure; {@link FreeTime} fills and asks it.
 */
final class ResourceLoad {

    private final Map<Long, Integer> counts;
    private final Map<Long, Map<LocalDate, List<TimeSpan>>> uses = new HashMap<>();
    // Uses at each minute, per resource and date: made when first asked, dropped when a use is added.
    private final Map<Long, Map<LocalDate, int[]>> perMinute = new HashMap<>();

    /** @param counts how many of each resource the branch has; a resource not named has none */
    ResourceLoad(Map<Long, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** A copy to add to; the lists this one holds are copied only where the copy adds to them. */
    ResourceLoad copy() {
        ResourceLoad copy = new ResourceLoad(counts);
        copy.uses.putAll(uses);
        return copy;
    }

    /** Counts what a blocking booking or hold takes. */
    void add(Occupation occupation) {
        for (Occupation.ResourceUse use : occupation.uses()) {
            Map<LocalDate, List<TimeSpan>> days = new HashMap<>(uses.getOrDefault(use.resourceId(), Map.of()));
            List<TimeSpan> day = new ArrayList<>(days.getOrDefault(occupation.date(), List.of()));
            day.add(use.span());
            days.put(occupation.date(), day);
            uses.put(use.resourceId(), days);
            perMinute.remove(use.resourceId());
        }
    }

    /**
     * Whether one more use of the resource fits in {@code span}: at no minute of it are all the branch's units in use.
     * The uses of a resource's date are counted minute by minute once, on the first question about that date.
     */
    boolean hasOneLeft(long resourceId, LocalDate date, TimeSpan span) {
        int count = counts.getOrDefault(resourceId, 0);
        List<TimeSpan> taken = uses.getOrDefault(resourceId, Map.of()).getOrDefault(date, List.of());
        if (taken.size() < count) {
            return true;
        }
        int[] inUse = perMinute.computeIfAbsent(resourceId, id -> new HashMap<>())
                .computeIfAbsent(date, day -> minuteByMinute(taken));
        for (int minute = span.start(); minute < span.end(); minute++) {
            if (inUse[minute] >= count) {
                return false;
            }
        }
        return true;
    }

    private static int[] minuteByMinute(List<TimeSpan> taken) {
        int[] inUse = new int[TimeSpan.MINUTES_PER_DAY];
        for (TimeSpan use : taken) {
            for (int minute = use.start(); minute < use.end(); minute++) {
                inUse[minute]++;
            }
        }
        return inUse;
    }
}
