package org.salondesk.waitlist;

import java.util.Locale;

import org.salondesk.i18n.Messages;

/** Where a waiting-list entry stands. */
public enum WaitlistStatus {
    /** No free time found for it yet (or the time offered was taken again). */
    WAITING,
    /** Free time was found and the desk was told (a notification and a task, once). */
    OFFERED,
    /** The client was booked. */
    BOOKED,
    /** The client or the desk took it back. */
    CANCELLED,
    /** Its range of dates ended with no booking. */
    EXPIRED;

    /** Whether the entry still waits for time (it is matched and may be booked, cancelled or expire). */
    public boolean isOpen() {
        return this == WAITING || this == OFFERED;
    }

    /** The status in the reader's language. */
    public String text() {
        return Messages.get("waitlist.status." + name().toLowerCase(Locale.ROOT));
    }
}
