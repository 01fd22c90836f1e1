package org.salondesk.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.salondesk.availability.BookingStatus;

/**
 * Everything a booking can be made with. {@code employeeId} null means "any master"; {@code idempotencyKey}, when
 * given, makes a repeated request return the first booking; {@code holdId} turns a slot hold into the booking.
 */
public record BookingRequest(long companyId, List<Long> serviceIds, LocalDate date, LocalTime time, Long employeeId,
                             long clientId, String idempotencyKey, BookingSource source, String note, Long holdId) {

    public BookingRequest {
        // Not List.copyOf: it throws a bare NullPointerException on a null id, which validation must refuse by code.
        serviceIds = serviceIds == null ? null : Collections.unmodifiableList(new ArrayList<>(serviceIds));
        source = source == null ? BookingSource.ONLINE : source;
    }

    /** A request as the reference's create_booking makes it: online, no key, no note, no hold. */
    public static BookingRequest online(long companyId, List<Long> serviceIds, LocalDate date, LocalTime time,
                                        Long employeeId, long clientId) {
        return new BookingRequest(companyId, serviceIds, date, time, employeeId, clientId, null,
                BookingSource.ONLINE, null, null);
    }

    public BookingRequest withIdempotencyKey(String key) {
        return new BookingRequest(companyId, serviceIds, date, time, employeeId, clientId, key, source, note, holdId);
    }

    public BookingRequest withSource(BookingSource newSource) {
        return new BookingRequest(companyId, serviceIds, date, time, employeeId, clientId, idempotencyKey, newSource,
                note, holdId);
    }

    public BookingRequest withNote(String newNote) {
        return new BookingRequest(companyId, serviceIds, date, time, employeeId, clientId, idempotencyKey, source,
                newNote, holdId);
    }

    public BookingRequest withHold(Long newHoldId) {
        return new BookingRequest(companyId, serviceIds, date, time, employeeId, clientId, idempotencyKey, source,
                note, newHoldId);
    }

    /** Online requests wait for the desk as NEW; bookings made at the desk or on the phone start CONFIRMED. */
    public BookingStatus initialStatus() {
        return source == BookingSource.ONLINE ? BookingStatus.NEW : BookingStatus.CONFIRMED;
    }
}
