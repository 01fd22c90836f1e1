package org.salondesk.ui.booking;

/** What the phone typed in the booking dialog says about the client. */
public enum ClientState {
    /** Nothing typed yet. */
    EMPTY,
    /** Not a complete phone number yet. */
    INCOMPLETE,
    /** A complete phone number, being looked up. */
    LOOKING,
    /** A known client. */
    FOUND,
    /** A known client who is blocked: she cannot be booked. */
    BLOCKED,
    /** Nobody has this phone: a new client, who needs a name. */
    NEW
}
