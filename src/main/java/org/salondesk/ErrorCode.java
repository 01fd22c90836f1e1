package org.salondesk;

/** Why SalonDesk refused an operation; callers branch on the code, people read the message. */
public enum ErrorCode {
    /** The requested time is not free (taken, outside working time, or in the past). */
    SLOT_UNAVAILABLE,
    /** A referenced record (branch, service, master, client, booking, hold) does not exist. */
    NOT_FOUND,
    /** An argument is missing, malformed or out of range. */
    INVALID_ARGUMENT,
    /** The client is blocked and cannot be booked. */
    CLIENT_BLOCKED,
    /** The chosen master does not provide every requested service, or is not active. */
    MASTER_NOT_ELIGIBLE,
    /** A name matches more than one record and nothing says which one is meant. */
    AMBIGUOUS_NAME,
    /** The slot hold has expired or was released before the booking was made. */
    HOLD_EXPIRED,
    /** The same thing already exists (a client with this phone, a staff login). */
    DUPLICATE,
    /** The operation is not allowed in the record's current state (e.g. an illegal status change). */
    ILLEGAL_STATE,
    /** Someone else changed the record in the meantime; reload and try again. */
    CONCURRENT_CHANGE,
    /** A schedule change would leave bookings outside working time and no decision was given for them. */
    SCHEDULE_CONFLICT,
    /** The database could not be opened or used. */
    STORAGE,
    /** The database server cannot be reached now (stopped, restarting, network down); nothing was written. */
    CONNECTION_LOST,
    /** Wrong login or password (one answer for both, and for a user who may not sign in); nothing else is said. */
    SIGN_IN_FAILED,
    /** Too many failed sign-ins in a row: the login is locked for a while; the message says until when. */
    LOCKED_OUT,
    /** The signed-in user's role does not allow this; the message names what; nothing was written. */
    FORBIDDEN,
    /** An idempotency key already made a booking with another request; nothing was written. */
    IDEMPOTENCY_MISMATCH
}
