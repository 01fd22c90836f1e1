package org.salondesk.booking;

import java.util.Objects;

import org.salondesk.Require;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.persistence.Database;

/** What the desk writes on a booking beside its time and status: the note and the custom fields. */
final class BookingNotes {

    private final Database database;
    private final AvailabilityService availability;
    private final CurrentStaff currentStaff;
    private final BookingHistory history;

    BookingNotes(Database database, AvailabilityService availability, CurrentStaff currentStaff,
                 BookingHistory history) {
        this.database = database;
        this.availability = availability;
        this.currentStaff = currentStaff;
        this.history = history;
    }

    /** Replaces the booking's note (blank: no note). */
    void updateNote(long bookingId, String note) {
        String text = Require.optionalText(note, BookingTexts.NOTE);
        database.inTransaction(session -> {
            Booking booking = BookingLocks.owned(BookingLocks.existing(session, bookingId), currentStaff);
            String before = booking.getNote();
            if (Objects.equals(before, text)) {
                return;
            }
            booking.setNote(text);
            booking.touch(availability.instant(), currentStaff.id());
            history.event(session, booking, BookingChange.NOTE, before, text);
        });
    }

    /** Sets a custom field (key → value) of the booking; a blank value removes the field. */
    void setCustomField(long bookingId, String key, String value) {
        String name = Require.text(key, "field.fieldKey", BookingTexts.FIELD_KEY);
        String text = Require.optionalText(value, BookingTexts.FIELD_VALUE);
        database.inTransaction(session -> {
            Booking booking = BookingLocks.owned(BookingLocks.existing(session, bookingId), currentStaff);
            String before = booking.getCustomFields().get(name);
            if (Objects.equals(before, text)) {
                return;
            }
            if (text == null) {
                booking.getCustomFields().remove(name);
            } else {
                booking.getCustomFields().put(name, text);
            }
            booking.touch(availability.instant(), currentStaff.id());
            history.event(session, booking, BookingChange.FIELD, before == null ? null : name + " = " + before,
                    text == null ? null : name + " = " + text);
        });
    }
}
