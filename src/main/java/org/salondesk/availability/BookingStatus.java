package org.salondesk.availability;

import java.util.EnumSet;
import java.util.Set;

/**
 * The request pipeline: NEW → CONFIRMED → ARRIVED → COMPLETED; from NEW, CONFIRMED or ARRIVED also
 * CANCELLED or NO_SHOW. COMPLETED, CANCELLED and NO_SHOW are final.
 */
public enum BookingStatus {
    NEW, CONFIRMED, ARRIVED, COMPLETED, CANCELLED, NO_SHOW;

    /** The statuses this one may change to. */
    public Set<BookingStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONFIRMED, CANCELLED, NO_SHOW);
            case CONFIRMED -> EnumSet.of(ARRIVED, CANCELLED, NO_SHOW);
            case ARRIVED -> EnumSet.of(COMPLETED, CANCELLED, NO_SHOW);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    public boolean canChangeTo(BookingStatus target) {
        return next().contains(target);
    }

    /** The forward step of the pipeline ("next step" in one click), or null at its end. */
    public BookingStatus forward() {
        return switch (this) {
            case NEW -> CONFIRMED;
            case CONFIRMED -> ARRIVED;
            case ARRIVED -> COMPLETED;
            default -> null;
        };
    }

    /** Still ahead of the salon: the client is expected or sitting in the chair. */
    public boolean isActive() {
        return this == NEW || this == CONFIRMED || this == ARRIVED;
    }
}
