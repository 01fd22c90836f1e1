package org.salondesk.access;

/** What a staff user does at the desk. */
public enum StaffRole {
    /** Manages everything: catalogue, schedules, all requests, staff accounts. */
    ADMIN,
    /** Books, moves and cancels, works the task list. */
    RECEPTIONIST,
    /** A master who sees her own day; linked to a master record. */
    MASTER
}
