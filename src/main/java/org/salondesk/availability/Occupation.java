package org.salondesk.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;


/**
 * Something on a master's day that may block time: a booking or a slot hold. Whether it does block is booking
 * rule 3, decided here and nowhere else.
 */
public record Occupation(long masterId, LocalDate date, TimeSpan span, Kind kind, long id, BookingStatus status,
                         Instant expiresAt) {

    /** What holds the time. */
    public enum Kind { BOOKING, HOLD }

    public static Occupation booking(long bookingId, long masterId, LocalDate date, TimeSpan span,
                                     BookingStatus status) {
        return new Occupation(masterId, date, span, Kind.BOOKING, bookingId, status, null);
    }

    public static Occupation hold(long holdId, long masterId, LocalDate date, TimeSpan span, Instant expiresAt) {
        return new Occupation(masterId, date, span, Kind.HOLD, holdId, null, expiresAt);
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
