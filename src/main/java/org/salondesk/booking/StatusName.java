package org.salondesk.booking;

import org.salondesk.availability.BookingStatus;
import org.salondesk.i18n.Messages;

/** A booking status as people call it, for messages. */
record StatusName(BookingStatus status) {
    @Override
    public String toString() {
        return Messages.get("status." + status.name());
    }
}
