package org.salondesk.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.Occupation;
import org.salondesk.client.Client;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * Creates bookings (rule 6): re-checks the slot under the masters' locks, turns the request's hold into the booking,
 * and answers a repeated idempotency key with the first booking.
 */
final class BookingCreation {

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final SlotHolds holds;
    private final BookingHistory history;

    BookingCreation(Database database, AvailabilityService availability, AvailabilityGuard guard,
                    CurrentStaff currentStaff, SlotHolds holds, BookingHistory history) {
        this.database = database;
        this.availability = availability;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.holds = holds;
        this.history = history;
    }

    BookingInfo create(BookingRequest request) {
        return create(request, null).booking();
    }

    /**
     * Creates a booking; with {@code newClient}, for that client, created in the same transaction if new. A key
     * used before answers its booking (created false), if the request's fingerprint is the one it was made with.
     */
    CreatedBooking create(BookingRequest request, NewClient newClient) {
        Require.present(request, "field.request");
        Require.present(request.date(), "field.date");
        SlotChecks.requireOnGrid(request.time());
        Require.notEmpty(request.serviceIds(), "field.services");
        String key = Require.optionalText(request.idempotencyKey(), BookingTexts.IDEMPOTENCY_KEY);
        Require.optionalText(request.note(), BookingTexts.NOTE);
        try {
            return guard.write(write -> {
                Inserted inserted = insert(write, request, key, newClient);
                return new CreatedBooking(BookingInfos.load(write.session(), List.of(inserted.id())).get(0),
                        inserted.created());
            });
        } catch (RuntimeException e) {
            // Two requests with one key that raced past each other: the unique key let one in; answer with it. The
            // database's overlap guard may have answered for the key (its refusal is SLOT_UNAVAILABLE).
            if (key != null && (!(e instanceof SalonDeskException refusal)
                    || refusal.code() == ErrorCode.SLOT_UNAVAILABLE)) {
                Optional<BookingInfo> first = database.fromTransaction(session -> {
                    Optional<Long> id = Database.withConnection(session,
                            connection -> bookingIdByKey(connection, key, request));
                    return id.flatMap(found -> BookingInfos.load(session, List.of(found)).stream().findFirst());
                });
                if (first.isPresent()) {
                    return new CreatedBooking(first.get(), false);
                }
            }
            throw e;
        }
    }

    private record Inserted(long id, boolean created) {
    }

    private Inserted insert(GuardedWrite write, BookingRequest request, String key, NewClient newClient)
            throws SQLException {
        Session session = write.session();
        Connection connection = write.connection();
        if (key != null) {
            Optional<Long> existing = bookingIdByKey(connection, key, request);
            if (existing.isPresent()) {
                return new Inserted(existing.get(), false);
            }
        }
        Long masterId = request.masterId();
        SlotHold hold = null;
        if (request.holdId() != null) {
            hold = holds.live(session, request.holdId());
            SlotHolds.requireMatches(hold, request);
            masterId = hold.getMasterId();
        }
        AvailabilityReading reading = availability.reading(connection, request.branchId());
        BookableServices services = reading.resolve(request.serviceIds(), masterId);
        availability.requireNotPast(request.date(), services.branch());
        Client known = newClient == null ? bookable(session.find(Client.class, request.clientId()), request.clientId())
                : null;
        write.lock(services.offers().stream().map(MasterOffer::masterId).toList());
        if (key != null) {
            // Checked again under the lock: a twin request may have committed while this one waited.
            Optional<Long> existing = bookingIdByKey(connection, key, request);
            if (existing.isPresent()) {
                return new Inserted(existing.get(), false);
            }
        }
        Occupation[] ignored = hold == null ? new Occupation[0] : new Occupation[]{SlotHolds.occupation(hold)};
        // Read again under the lock: the readings above may predate a booking, a day off or a blocked master or
        // service that committed while this one waited.
        BookableServices locked = BookingLocks.lockedOffers(write, request.branchId(), request.serviceIds(),
                masterId);
        BookingLocks.lockResourcesIfNeeded(write, locked);
        FreeTime free = write.time(request.branchId(), request.date(), request.date(), ignored);
        MasterOffer offer = SlotChecks.chooseOffer(free, locked, masterId, request.date(), request.time());
        Client client = known != null ? known : bookable(
                ClientService.findOrCreate(session, newClient, availability.instant()), request.clientId());

        Booking booking = NewBookings.of(session, database, locked, offer, request.branchId(), client.getId(),
                request.date(), request.time(), request.initialStatus(), request.source(), availability.instant(),
                currentStaff.id());
        booking.setNote(Require.optionalText(request.note()));
        booking.setIdempotencyKey(key);
        if (request.origin() != null) {
            booking.setOrigin(request.origin());
        }
        if (hold != null) {
            session.remove(hold);
        }
        NewBookings.save(write, history, booking, offer);
        return new Inserted(booking.getId(), true);
    }

    static Client bookable(Client client, long clientId) {
        // A merged record is no client any more: her bookings belong to the record she was merged into.
        if (client == null || client.getMergedIntoId() != null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.client.notFound", clientId);
        }
        if (client.isBlocked()) {
            String reason = client.getBlockedReason() == null ? "" : client.getBlockedReason();
            throw new SalonDeskException(ErrorCode.CLIENT_BLOCKED, "error.client.blocked", client.getFullName(),
                    reason);
        }
        return client;
    }

    /**
     * The booking made with this key; refused with IDEMPOTENCY_MISMATCH when it was made by another request (the
     * fingerprints differ), so that a key reused for another booking never answers the first one.
     */
    private static Optional<Long> bookingIdByKey(Connection connection, String key, BookingRequest request)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, request_fingerprint from booking where idempotency_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String asked = request.origin() == null ? null : request.origin().fingerprint();
                if (asked != null && !asked.equals(rows.getString(2))) {
                    throw new SalonDeskException(ErrorCode.IDEMPOTENCY_MISMATCH, "error.idempotency.mismatch");
                }
                return Optional.of(rows.getLong(1));
            }
        }
    }
}
