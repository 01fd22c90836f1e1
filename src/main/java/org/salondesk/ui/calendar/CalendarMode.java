package org.salondesk.ui.calendar;

/** How the calendar lays out time. */
public enum CalendarMode {
    /** One day, a column per master. */
    DAY,
    /** One master's week, Monday to Sunday. */
    WEEK,
    /** A month, with the number of bookings per day. */
    MONTH
}
