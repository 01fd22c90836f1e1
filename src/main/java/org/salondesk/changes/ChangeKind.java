package org.salondesk.changes;

/** What kind of thing another desk (or this one) changed; a screen reads again only what it shows. */
public enum ChangeKind {
    /** Bookings: made, moved, cancelled, a status step, a note; the change says which and where. */
    BOOKINGS,
    /** The catalogue: branches and their settings, services, categories, job titles, masters, who does what. */
    CATALOG,
    /** The masters' working time: weekly shifts, dated shifts, rotations, days off, breaks. */
    SCHEDULES,
    /** Clients. */
    CLIENTS,
    /** Tasks. */
    TASKS,
    /** Staff users. */
    STAFF
}
