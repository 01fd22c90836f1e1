package org.salondesk.availability;

import java.util.ArrayList;
import java.util.List;

/**
 * What a booking takes of the salon, relative to its start (decision 0033): its length, the one processing window in
 * which its master is free while the client waits, and the resources it needs and when. A plain booking keeps its
 * master busy throughout and needs no resource.
 *
 * @param minutes           the booking's length
 * @param processingFrom    minutes after the start when the processing window opens (0 when there is none)
 * @param processingMinutes the window's length (0: the master is busy throughout)
 * @param needs             the resources taken, each over its part of the booking
 */
public record Footprint(int minutes, int processingFrom, int processingMinutes, List<ResourceNeed> needs) {

    /** A resource taken from {@code from} to {@code to} minutes after the booking's start. */
    public record ResourceNeed(long resourceId, int from, int to) {

        public ResourceNeed {
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("Not a stretch of a booking: " + from + ".." + to);
            }
        }
    }

    public Footprint {
        needs = List.copyOf(needs);
        if (minutes <= 0 || processingMinutes < 0 || processingMinutes > 0
                && (processingFrom <= 0 || processingFrom + processingMinutes >= minutes)) {
            throw new IllegalArgumentException("Not a booking's footprint: " + minutes + " minutes, processing "
                    + processingFrom + "+" + processingMinutes);
        }
        if (processingMinutes == 0) {
            processingFrom = 0;
        }
    }

    public static Footprint plain(int minutes) {
        return new Footprint(minutes, 0, 0, List.of());
    }

    /**
     * The footprint of services done one after another, each line with its own processing and needs. A booking frees
     * its master for one window only: its first line's with processing; a later line's processing keeps her busy.
     */
    public static Footprint ofLines(List<MasterOffer.Line> lines) {
        int offset = 0;
        int from = 0;
        int processing = 0;
        List<ResourceNeed> needs = new ArrayList<>();
        for (MasterOffer.Line line : lines) {
            if (processing == 0 && line.processingMinutes() > 0) {
                from = offset + line.busyBeforeMinutes();
                processing = line.processingMinutes();
            }
            for (ResourceNeed need : line.needs()) {
                needs.add(new ResourceNeed(need.resourceId(), offset + need.from(), offset + need.to()));
            }
            offset += line.durationMinutes();
        }
        return new Footprint(offset, from, processing, needs);
    }

    /** Whether the master is busy throughout and nothing else is needed: the fast path of the slot scan. */
    public boolean isPlain() {
        return processingMinutes == 0 && needs.isEmpty();
    }

    public boolean hasProcessing() {
        return processingMinutes > 0;
    }

    /** The stretches of a booking at {@code start} in which its master works on it, in order. */
    public List<TimeSpan> masterBusy(int start) {
        if (processingMinutes == 0) {
            return List.of(new TimeSpan(start, start + minutes));
        }
        return List.of(new TimeSpan(start, start + processingFrom),
                new TimeSpan(start + processingFrom + processingMinutes, start + minutes));
    }

    /** The processing window of a booking at {@code start}, or null when it has none. */
    public TimeSpan processing(int start) {
        return processingMinutes == 0 ? null
                : new TimeSpan(start + processingFrom, start + processingFrom + processingMinutes);
    }

    /** The minutes the master works on it. */
    public int busyMinutes() {
        return minutes - processingMinutes;
    }
}
