package org.salondesk.availability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The slot arithmetic of booking rule 4, with no I/O: candidate starts run from the shift start every
 * {@code interval} minutes; a candidate is free when [t, t + duration) lies inside the shift and touches no break
 * and no occupied time.
 */
public final class SlotGrid {

    /** Bookings start on this many minutes' marks; it is also the unit of service durations. */
    public static final int BOOKING_STEP_MINUTES = 5;

    private SlotGrid() {
    }

    /**
     * The free candidate starts of one master's day, ascending.
     *
     * @param notBefore the first minute that may be offered (now plus lead time on today, 0 on later dates)
     */
    public static List<Integer> freeStarts(WorkingDay day, List<TimeSpan> occupied, int duration, int interval,
                                           int notBefore) {
        List<Integer> starts = new ArrayList<>();
        scan(day, occupied, duration, interval, notBefore, starts);
        return starts;
    }

    /** Whether the day has at least one free candidate start; stops at the first. */
    public static boolean hasFreeStart(WorkingDay day, List<TimeSpan> occupied, int duration, int interval,
                                       int notBefore) {
        return scan(day, occupied, duration, interval, notBefore, null);
    }

    /** Whether a booking of {@code span} fits: inside working time and touching no occupied time. */
    public static boolean isFree(WorkingDay day, List<TimeSpan> occupied, TimeSpan span) {
        if (!day.covers(span)) {
            return false;
        }
        for (TimeSpan taken : occupied) {
            if (taken.overlaps(span)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code start} lies on the booking grid of a shift, i.e. a whole number of steps after it begins. */
    public static boolean onGrid(TimeSpan shift, int start) {
        return (start - shift.start()) % BOOKING_STEP_MINUTES == 0;
    }

    /**
     * The candidate starts of a shift for a booking of {@code duration}: from the shift's start every
     * {@code interval} minutes, none before {@code notBefore}, each ending within the shift.
     */
    public static List<Integer> candidates(TimeSpan shift, int duration, int interval, int notBefore) {
        List<Integer> starts = new ArrayList<>();
        for (int t = firstCandidate(shift, interval, notBefore); t + duration <= shift.end(); t += interval) {
            starts.add(t);
        }
        return starts;
    }

    private static int firstCandidate(TimeSpan shift, int interval, int notBefore) {
        if (interval <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        int first = shift.start();
        if (notBefore > first) {
            int steps = (notBefore - first + interval - 1) / interval;
            first += steps * interval;
        }
        return first;
    }

    // Walks the candidates once against the merged blocked spans; collects them into `into` or stops at the first.
    private static boolean scan(WorkingDay day, List<TimeSpan> occupied, int duration, int interval, int notBefore,
                                List<Integer> into) {
        if (duration <= 0 || interval <= 0) {
            throw new IllegalArgumentException("duration and interval must be positive");
        }
        TimeSpan shift = day.shift();
        int first = firstCandidate(shift, interval, notBefore);
        List<TimeSpan> blocked = merged(day.breaks(), occupied);
        int next = 0;
        boolean found = false;
        for (int t = first; t + duration <= shift.end(); t += interval) {
            while (next < blocked.size() && blocked.get(next).end() <= t) {
                next++;
            }
            if (next == blocked.size() || blocked.get(next).start() >= t + duration) {
                found = true;
                if (into == null) {
                    return true;
                }
                into.add(t);
            }
        }
        return found;
    }

    /** Breaks and occupied time as disjoint spans sorted by start, so that their ends ascend too. */
    static List<TimeSpan> merged(List<TimeSpan> breaks, List<TimeSpan> occupied) {
        List<TimeSpan> all = new ArrayList<>(breaks.size() + occupied.size());
        all.addAll(breaks);
        all.addAll(occupied);
        if (all.size() < 2) {
            return all;
        }
        all.sort(Comparator.comparingInt(TimeSpan::start));
        List<TimeSpan> result = new ArrayList<>(all.size());
        int start = all.get(0).start();
        int end = all.get(0).end();
        for (int i = 1; i < all.size(); i++) {
            TimeSpan span = all.get(i);
            if (span.start() <= end) {
                end = Math.max(end, span.end());
            } else {
                result.add(new TimeSpan(start, end));
                start = span.start();
                end = span.end();
            }
        }
        result.add(new TimeSpan(start, end));
        return result;
    }
}
