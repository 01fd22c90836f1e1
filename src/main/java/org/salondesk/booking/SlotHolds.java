package org.salondesk.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.Occupation;
import org.salondesk.availability.TimeSpan;
import org.salondesk.persistence.Database;

/**
 * Slot holds (leases): a start held for a while, as a booking would take it, so that nobody else books it meanwhile;
 * released, expired, or turned into the booking by {@link BookingCreation}.
 */
final class SlotHolds {

    /** The longest a hold may live: a booking dialog left open over lunch must not block a master all afternoon. */
    static final Duration MAX_HOLD = Duration.ofHours(1);

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityGuard guard;

    SlotHolds(Database database, AvailabilityService availability, AvailabilityGuard guard) {
        this.database = database;
        this.availability = availability;
        this.guard = guard;
    }

    long hold(long branchId, List<Long> serviceIds, LocalDate date, LocalTime time, Long masterId,
              Duration ttl, String channel) {
        Require.present(date, "field.date");
        SlotChecks.requireOnGrid(time);
        Require.present(ttl, "field.ttl");
        Require.that(!ttl.isNegative() && !ttl.isZero() && ttl.compareTo(MAX_HOLD) <= 0, "error.hold.ttl",
                MAX_HOLD.toMinutes());
        return guard.write(write -> {
            Session session = write.session();
            AvailabilityReading reading = availability.reading(write.connection(), branchId);
            BookableServices services = reading.resolve(serviceIds, masterId);
            availability.requireNotPast(date, services.branch());
            write.lock(services.offers().stream().map(MasterOffer::masterId).toList());
            Instant now = availability.instant();
            // Read again under the lock: the reading above may predate a hold or booking committed meanwhile.
            BookableServices locked = BookingLocks.lockedOffers(write, branchId, serviceIds, masterId);
            BookingLocks.lockResourcesIfNeeded(write, locked);
            FreeTime free = write.time(branchId, date, date);
            MasterOffer offer = SlotChecks.chooseOffer(free, locked, masterId, date, time);
            // Expired holds block nothing; they are swept here, once the new hold is sure to be written.
            session.createMutationQuery("delete from SlotHold h where h.expiresAt <= :now")
                    .setParameter("now", now).executeUpdate();
            SlotHold hold = new SlotHold(branchId, offer.masterId(), date, time, offer.durationMinutes(),
                    locked.serviceIds(), now, now.plus(ttl));
            hold.takenThrough(channel);
            hold.setProcessing(offer.footprint().processingFrom(), offer.footprint().processingMinutes());
            session.persist(hold);
            session.flush();
            BookingFootprints.writeUses(write.connection(), hold, offer.footprint());
            return hold.getId();
        });
    }

    void release(long holdId) {
        database.inTransaction(session -> {
            SlotHold hold = session.find(SlotHold.class, holdId);
            if (hold != null) {
                session.remove(hold);
            }
        });
    }

    /** Releases a lease taken through {@code channel}; another channel's, or none, is NOT_FOUND. */
    void release(long holdId, String channel) {
        database.inTransaction(session -> {
            SlotHold hold = session.find(SlotHold.class, holdId);
            if (hold == null || !channel.equals(hold.getChannel())) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.hold.notFound", holdId);
            }
            session.remove(hold);
        });
    }

    /** The hold a booking request names, refused when it has expired or is gone. */
    SlotHold live(Session session, long holdId) {
        SlotHold hold = session.find(SlotHold.class, holdId);
        if (hold == null || !hold.isLiveAt(availability.instant())) {
            throw new SalonDeskException(ErrorCode.HOLD_EXPIRED, "error.hold.expired");
        }
        return hold;
    }

    /** A hold is turned only into the booking it was taken for: same branch, master, date, start and services. */
    static void requireMatches(SlotHold hold, BookingRequest request) {
        String channel = request.origin() == null ? null : request.origin().channel();
        boolean matches = hold.getBranchId() == request.branchId()
                && (channel == null || channel.equals(hold.getChannel()))
                && (request.masterId() == null || request.masterId() == hold.getMasterId())
                && hold.getDate().equals(request.date())
                && hold.getStartTime().equals(request.time())
                && new HashSet<>(hold.getServiceIds()).equals(new HashSet<>(request.serviceIds()));
        Require.that(matches, "error.hold.mismatch");
    }

    /** The time the hold blocks, to be ignored by the booking that takes its place. */
    static Occupation occupation(SlotHold hold) {
        return Occupation.hold(hold.getId(), hold.getMasterId(), hold.getDate(),
                TimeSpan.starting(hold.getStartTime(), hold.getDurationMinutes()), hold.getExpiresAt());
    }
}
