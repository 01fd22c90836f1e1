package org.salondesk.ui.requests;

import java.time.LocalDate;

/** The request lists of the admin guide: new ones to confirm, today, this week, this month, a date, all. */
public enum QuickFilter {
    /** NEW requests of any date, waiting to be confirmed. */
    NEW,
    /** Today's requests, every status. */
    TODAY,
    /** Seven days from today. */
    WEEK,
    /** Thirty days from today. */
    MONTH,
    /** One chosen date, past or future. */
    BY_DATE,
    /** Everything, no date limit. */
    ALL;

    /** The first date this list shows (null: no limit), given today and the date picked for {@link #BY_DATE}. */
    LocalDate from(LocalDate today, LocalDate picked) {
        return switch (this) {
            case TODAY, WEEK, MONTH -> today;
            case BY_DATE -> picked;
            case NEW, ALL -> null;
        };
    }

    /** The last date this list shows (null: no limit). */
    LocalDate to(LocalDate today, LocalDate picked) {
        return switch (this) {
            case TODAY -> today;
            case WEEK -> today.plusDays(6);
            case MONTH -> today.plusDays(29);
            case BY_DATE -> picked;
            case NEW, ALL -> null;
        };
    }
}
