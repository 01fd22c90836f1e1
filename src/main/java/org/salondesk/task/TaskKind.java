package org.salondesk.task;

/** Where a task came from: a person, or the desk itself after something happened. */
public enum TaskKind {
    /** Made by a staff user. */
    MANUAL,
    /** Call the client back after she did not come. */
    NO_SHOW_CALL_BACK,
    /** Call the day before to confirm a booking that is still new. */
    CONFIRMATION_CALL,
    /** Call a client who has not come for a long time. */
    FOLLOW_UP
}
