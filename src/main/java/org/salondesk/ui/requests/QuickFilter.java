package org.salondesk.ui.requests;

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
    ALL
}
