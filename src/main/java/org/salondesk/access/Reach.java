package org.salondesk.access;

/** How far a role may go in one line of the role table. */
public enum Reach {
    /** Everything of that kind, for every master. */
    ALL,
    /** Only what is the signed-in master's own: her bookings, her clients, her tasks, her time. */
    OWN,
    /** Nothing. */
    NONE
}
