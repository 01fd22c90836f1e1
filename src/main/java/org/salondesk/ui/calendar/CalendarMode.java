package org.salondesk.ui.calendar;

/** How the calendar lays out time: one day with a column per master, or one master's week. */
public enum CalendarMode {
    DAY, WEEK
}
