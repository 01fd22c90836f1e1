package org.salondesk.availability;

/**
 * One step of a master's working day (the branch's slot step, the last one cut at the shift's end), and whether she
 * may still take it as a break: only a free step may be, never one with a booking or a hold.
 */
public record DayStep(TimeSpan span, Kind kind) {

    /** What takes a step of the day. */
    public enum Kind {
        /** Nothing: she may take it as a break. */
        FREE,
        /** A booking or a live hold touches it. */
        BOOKED,
        /** A break (one-off or recurring) touches it already. */
        BREAK
    }

    public boolean free() {
        return kind == Kind.FREE;
    }
}
