package org.salondesk.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.salondesk.availability.BookingStatus;

/**
 * Everything a booking can be made with. {@code masterId} null means "any master"; {@code idempotencyKey}, when
 * given, makes a repeated request return the first booking; {@code holdId} turns a slot hold into the booking;
 * {@code origin} (null at the desk) is the channel, request fingerprint and prepayment of a booking made online.
 */
public record BookingRequest(long branchId, List<Long> serviceIds, LocalDate date, LocalTime time, Long masterId,
                             long clientId, String idempotencyKey, BookingSource source, String note, Long holdId,
                             OnlineOrigin origin) {

    public BookingRequest {
        // Not List.copyOf: it throws a bare NullPointerException on a null id, which validation must refuse by code.
        serviceIds = serviceIds == null ? null : Collections.unmodifiableList(new ArrayList<>(serviceIds));
        source = source == null ? BookingSource.ONLINE : source;
    }

    public BookingRequest(long branchId, List<Long> serviceIds, LocalDate date, LocalTime time, Long masterId,
                          long clientId, String idempotencyKey, BookingSource source, String note, Long holdId) {
        this(branchId, serviceIds, date, time, masterId, clientId, idempotencyKey, source, note, holdId, null);
    }

    /** A request as the reference's create_booking makes it: online, no key, no note, no hold. */
    public static BookingRequest online(long branchId, List<Long> serviceIds, LocalDate date, LocalTime time,
                                        Long masterId, long clientId) {
        return new BookingRequest(branchId, serviceIds, date, time, masterId, clientId, null,
                BookingSource.ONLINE, null, null);
    }

    public BookingRequest withIdempotencyKey(String key) {
        return new BookingRequest(branchId, serviceIds, date, time, masterId, clientId, key, source, note, holdId,
                origin);
    }

    public BookingRequest withSource(BookingSource newSource) {
        return new BookingRequest(branchId, serviceIds, date, time, masterId, clientId, idempotencyKey, newSource,
                note, holdId, origin);
    }

    public BookingRequest withNote(String newNote) {
        return new BookingRequest(branchId, serviceIds, date, time, masterId, clientId, idempotencyKey, source,
                newNote, holdId, origin);
    }

    public BookingRequest withMaster(Long newMasterId) {
        return new BookingRequest(branchId, serviceIds, date, time, newMasterId, clientId, idempotencyKey, source,
                note, holdId, origin);
    }

    public BookingRequest withHold(Long newHoldId) {
        return new BookingRequest(branchId, serviceIds, date, time, masterId, clientId, idempotencyKey, source,
                note, newHoldId, origin);
    }

    public BookingRequest withOrigin(OnlineOrigin newOrigin) {
        return new BookingRequest(branchId, serviceIds, date, time, masterId, clientId, idempotencyKey, source,
                note, holdId, newOrigin);
    }

    /** Online requests wait for the desk as NEW; bookings made at the desk or on the phone start CONFIRMED. */
    public BookingStatus initialStatus() {
        return source == BookingSource.ONLINE ? BookingStatus.NEW : BookingStatus.CONFIRMED;
    }
}
