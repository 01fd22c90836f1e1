package org.salondesk.availability;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The free starts of a date as offered around a wanted start (a click in the calendar): {@code offers} are the
 * starts on the slot grid, plus the wanted start itself when it is free though off the grid. When the wanted start
 * is not free, {@code before} and {@code after} are the nearest offers on either side of it.
 */
public record StartsAround(List<SlotOffer> offers, LocalTime wanted, Optional<SlotOffer> chosen,
                           Optional<SlotOffer> before, Optional<SlotOffer> after) {

    public StartsAround {
        offers = List.copyOf(offers);
    }

    /** Whether the wanted start itself can be booked. */
    public boolean wantedFree() {
        return chosen.isPresent();
    }
}
