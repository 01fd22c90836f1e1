package org.salondesk.availability;

import java.math.BigDecimal;
import java.util.List;

/**
 * An eligible master for a set of services (rule 1): the services one after another take {@code durationMinutes}
 * and cost {@code price} with this master, her own prices and durations counted where she has them.
 */
public record MasterOffer(long masterId, int durationMinutes, BigDecimal price, List<Line> lines) {

    public MasterOffer {
        lines = List.copyOf(lines);
    }

    /** An offer known only by its length (a booking being moved keeps its booked length and cost). */
    public static MasterOffer ofLength(long masterId, int durationMinutes, BigDecimal price) {
        return new MasterOffer(masterId, durationMinutes, price, List.of());
    }

    /** One service of the offer with this master's price and duration, in the order requested. */
    public record Line(long serviceId, BigDecimal price, int durationMinutes) {
    }
}
