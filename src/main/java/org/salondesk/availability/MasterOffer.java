package org.salondesk.availability;

import java.math.BigDecimal;
import java.util.List;

/**
 * An eligible master for a set of services (rule 1): the services one after another take {@code durationMinutes}
 * and cost {@code price} with this master, her own prices and durations counted where she has them; the footprint
 * says when she is busy and which resources the visit takes (decision 0033).
 */
public record MasterOffer(long masterId, int durationMinutes, BigDecimal price, List<Line> lines,
                          Footprint footprint) {

    public MasterOffer {
        lines = List.copyOf(lines);
        if (footprint.minutes() != durationMinutes) {
            throw new IllegalArgumentException("A footprint of " + footprint.minutes() + " minutes for an offer of "
                    + durationMinutes);
        }
    }

    public MasterOffer(long masterId, int durationMinutes, BigDecimal price, List<Line> lines) {
        this(masterId, durationMinutes, price, lines,
                lines.isEmpty() ? Footprint.plain(durationMinutes) : Footprint.ofLines(lines));
    }

    /** An offer known only by its length (a booking being moved keeps its booked length and cost). */
    public static MasterOffer ofLength(long masterId, int durationMinutes, BigDecimal price) {
        return new MasterOffer(masterId, durationMinutes, price, List.of());
    }

    /** An offer of a booking as it was booked: its length, cost and footprint (a move keeps all three). */
    public static MasterOffer ofFootprint(long masterId, Footprint footprint, BigDecimal price) {
        return new MasterOffer(masterId, footprint.minutes(), price, List.of(), footprint);
    }

    /**
     * One service of the offer with this master's price and duration, in the order requested: with processing, the
     * master works {@code busyBeforeMinutes}, then is free for {@code processingMinutes}, then works to the end.
     * {@code needs} are relative to the line's own start.
     */
    public record Line(long serviceId, BigDecimal price, int durationMinutes, int busyBeforeMinutes,
                       int processingMinutes, List<Footprint.ResourceNeed> needs) {

        public Line {
            needs = List.copyOf(needs);
        }

        public Line(long serviceId, BigDecimal price, int durationMinutes) {
            this(serviceId, price, durationMinutes, 0, 0, List.of());
        }
    }
}
