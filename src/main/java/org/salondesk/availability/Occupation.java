package org.salondesk.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Something on a master's day that may block time: a booking or a slot hold. Whether it does block is booking
 * rule 3, decided here and nowhere else. During its processing window (if any) its master is free; the resources it
 * uses are blocked as long as it blocks (decision 0033).
 */
public record Occupation(long masterId, LocalDate date, TimeSpan span, Kind kind, long id, BookingStatus status,
                         Instant expiresAt, TimeSpan processing, List<ResourceUse> uses) {

    /** What holds the time. */
    public enum Kind { BOOKING, HOLD }

    /** A resource held from {@code span}'s start to its end on the occupation's date. */
    public record ResourceUse(long resourceId, TimeSpan span) {
    }

    public Occupation {
        uses = List.copyOf(uses);
        if (processing != null && !(span.start() < processing.start() && processing.end() < span.end())) {
            throw new IllegalArgumentException("Processing " + processing + " is not inside " + span);
        }
    }

    public static Occupation booking(long bookingId, long masterId, LocalDate date, TimeSpan span,
                                     BookingStatus status) {
        return new Occupation(masterId, date, span, Kind.BOOKING, bookingId, status, null, null, List.of());
    }

    public static Occupation hold(long holdId, long masterId, LocalDate date, TimeSpan span, Instant expiresAt) {
        return new Occupation(masterId, date, span, Kind.HOLD, holdId, null, expiresAt, null, List.of());
    }

    /** The same occupation with its processing window (null: none) and resource uses. */
    public Occupation with(TimeSpan processingWindow, List<ResourceUse> resourceUses) {
        return new Occupation(masterId, date, span, kind, id, status, expiresAt, processingWindow, resourceUses);
    }

    /** The stretches in which its master is busy: the whole span, less the processing window. */
    public List<TimeSpan> masterSpans() {
        if (processing == null) {
            return List.of(span);
        }
        return List.of(new TimeSpan(span.start(), processing.start()), new TimeSpan(processing.end(), span.end()));
    }

    /** Whether it is the same booking or hold as {@code other}. */
    public boolean sameAs(Occupation other) {
        return kind == other.kind && id == other.id;
    }

    /**
     * Rule 3 looked at once its time is over, as the audit of stored bookings asks: a no-show's time was free to
     * take, and no hold lasts.
     */
    public boolean blocksOnceOver() {
        return blocks(Instant.MAX, LocalDateTime.MAX);
    }

    /**
     * Rule 3: every booking that is not CANCELLED, nor a NO_SHOW whose time has begun, and every hold that has not
     * expired blocks its time.
     *
     * @param now      the current instant
     * @param localNow the same moment on the branch's clock
     */
    public boolean blocks(Instant now, LocalDateTime localNow) {
        if (kind == Kind.HOLD) {
            return expiresAt.isAfter(now);
        }
        return switch (status) {
            case CANCELLED -> false;
            case NO_SHOW -> !localNow.isAfter(date.atTime(span.startTime()));
            default -> true;
        };
    }
}
