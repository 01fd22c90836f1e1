package org.salondesk.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.Footprint;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.Occupation;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.VisitPlanner;
import org.salondesk.availability.VisitStep;
import org.salondesk.client.Client;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * One visit of several steps, possibly with several masters (decision 0036): found as one set of starts by the
 * availability engine, booked at once as linked bookings, moved and cancelled together unless a step is split off.
 */
public final class VisitService {

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final BookingHistory history;
    private final BookingStatusChanges statuses;

    VisitService(Database database, AvailabilityService availability, AvailabilityGuard guard,
                 CurrentStaff currentStaff, BookingHistory history, BookingStatusChanges statuses) {
        this.database = database;
        this.availability = availability;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.history = history;
        this.statuses = statuses;
    }

    /** The starts of the visit on a date, each step with its master and start (see {@link VisitPlanner}). */
    public List<VisitPlanner.VisitOffer> offers(long branchId, List<VisitStep> steps, boolean parallel,
                                                LocalDate date, Integer interval) {
        requireDesk(steps);
        return availability.visitOffers(branchId, steps, parallel, date, interval);
    }

    /** Dates from today within {@code daysLimit} days (14 when null) on which the visit fits. */
    public List<LocalDate> dates(long branchId, List<VisitStep> steps, boolean parallel, Integer daysLimit) {
        requireDesk(steps);
        return availability.visitDates(branchId, steps, parallel, daysLimit);
    }

    /**
     * Books the visit at {@code time}: every step's booking in one transaction, each master chosen as
     * {@link VisitPlanner} chooses, or nothing at all (SLOT_UNAVAILABLE when the visit does not fit then).
     */
    public VisitBooked book(long branchId, List<VisitStep> steps, boolean parallel, LocalDate date, LocalTime time,
                            long clientId, String note) {
        return book(branchId, steps, parallel, date, time, ClientToBook.known(clientId), note);
    }

    /** The same, for a client known or created with the visit (nothing is left of her when the visit is refused). */
    public VisitBooked book(long branchId, List<VisitStep> steps, boolean parallel, LocalDate date, LocalTime time,
                            ClientToBook forWhom, String note) {
        Require.present(forWhom, "field.client");
        requireDesk(steps);
        Require.present(date, "field.date");
        SlotChecks.requireOnGrid(time);
        String checkedNote = Require.optionalText(note, BookingTexts.NOTE);
        return guard.write(write -> {
            Session session = write.session();
            AvailabilityReading reading = write.reading(branchId);
            List<VisitPlanner.Step> asked = AvailabilityService.visitSteps(reading, steps);
            write.lock(asked.stream().flatMap(step -> step.offers().stream()).map(MasterOffer::masterId).toList());
            availability.requireNotPast(date, reading.branch());
            Client client = forWhom.in(session, availability.instant());
            // Read again under the locks, as a single booking does.
            List<BookableServices> locked = new ArrayList<>();
            for (VisitStep step : steps) {
                BookableServices services = BookingLocks.lockedOffers(write, branchId, step.serviceIds(),
                        step.masterId());
                BookingLocks.lockResourcesIfNeeded(write, services);
                locked.add(services);
            }
            FreeTime free = write.time(branchId, date, date);
            VisitPlanner.VisitOffer plan = VisitPlanner.plan(free, locked.stream()
                            .map(services -> new VisitPlanner.Step(services.offers())).toList(), parallel, date, time)
                    .orElseThrow(() -> new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.visit.noneFree",
                            date, time));
            long visitId = insertVisit(write.connection(), branchId, parallel);
            List<Long> ids = new ArrayList<>();
            for (VisitPlanner.PlannedStep step : plan.steps()) {
                Booking booking = NewBookings.of(session, database, locked.get(step.step()), step.offer(), branchId,
                        client.getId(), date, step.start(), BookingStatus.CONFIRMED, BookingSource.DESK,
                        availability.instant(), currentStaff.id());
                booking.setNote(checkedNote);
                booking.link(visitId, null);
                NewBookings.save(write, history, booking, step.offer());
                ids.add(booking.getId());
            }
            return new VisitBooked(visitId, ids);
        });
    }

    /**
     * Moves the whole visit so that its first step starts at {@code time} on {@code date}: every step keeps its
     * master, footprint and place in the visit. All or nothing.
     */
    public void move(long visitId, LocalDate date, LocalTime time) {
        Require.present(date, "field.date");
        SlotChecks.requireOnGrid(time);
        guard.write(write -> {
            moveIn(write, visitId, date, time);
            return null;
        });
    }

    /** Cancels every step of the visit still ahead (not arrived, completed or cancelled already). */
    public void cancel(long visitId, String reason) {
        Require.optionalText(reason, BookingTexts.CANCEL_REASON);
        guard.write(write -> {
            List<Booking> steps = lockedSteps(write, visitId);
            for (Booking booking : steps) {
                if (booking.getStatus() == BookingStatus.NEW || booking.getStatus() == BookingStatus.CONFIRMED) {
                    statuses.cancelLocked(write.session(), booking, reason);
                }
            }
            return null;
        });
    }

    /** Takes one booking out of its visit: from now on it is moved and cancelled on its own. */
    public void split(long bookingId) {
        guard.write(write -> {
            Booking booking = BookingLocks.owned(BookingLocks.lockedBooking(write, bookingId), currentStaff);
            Long visitId = booking.plan().visitId();
            Require.that(visitId != null, "error.visit.notInVisit", booking.getNumber());
            booking.link(null, booking.plan().seriesId());
            booking.touch(availability.instant(), currentStaff.id());
            history.event(write.session(), booking, BookingChange.FIELD, "visit " + visitId, null);
            return null;
        });
    }

    /** The bookings of a visit, in step order. */
    public List<BookingInfo> bookings(long visitId) {
        return database.fromTransaction(session -> BookingInfos.load(session, Database.withConnection(session,
                connection -> stepIds(connection, visitId))));
    }

    /** Moves a visit inside the caller's guarded write (a single step's move of a linked booking comes here). */
    void moveIn(GuardedWrite write, long visitId, LocalDate date, LocalTime time) throws SQLException {
        List<Booking> steps = lockedSteps(write, visitId);
        Booking first = steps.get(0);
        for (Booking booking : steps) {
            BookingLocks.owned(booking, currentStaff);
            if (booking.getStatus() != BookingStatus.NEW && booking.getStatus() != BookingStatus.CONFIRMED) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.cannotMove",
                        new StatusName(booking.getStatus()));
            }
        }
        availability.requireNotPast(date, write.reading(first.getBranchId()).branch());
        long shift = ChronoUnit.MINUTES.between(first.getDate().atTime(first.getStartTime()), date.atTime(time));
        List<Footprint> footprints = new ArrayList<>();
        List<Occupation> ignored = new ArrayList<>();
        for (Booking booking : steps) {
            footprints.add(BookingFootprints.locked(write, booking));
            ignored.add(Occupation.booking(booking.getId(), booking.getMasterId(), booking.getDate(),
                    TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()), booking.getStatus()));
        }
        FreeTime free = write.time(first.getBranchId(), date, date, ignored.toArray(new Occupation[0]));
        List<VisitPlanner.PlannedStep> placed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Booking booking = steps.get(i);
            LocalTime start = booking.getStartTime().plusMinutes(shift);
            Require.that(booking.getDate().atTime(booking.getStartTime()).plusMinutes(shift).toLocalDate()
                    .equals(date), "error.visit.oneDay");
            MasterOffer offer = MasterOffer.ofFootprint(booking.getMasterId(), footprints.get(i),
                    booking.getTotalCost());
            FreeTime withEarlier = free.plus(placed.stream().map(step -> VisitPlanner.occupation(step, date))
                    .toList());
            SlotChecks.requireFree(withEarlier.check(offer, date, start));
            placed.add(new VisitPlanner.PlannedStep(i, offer, start));
        }
        // Later steps first when moving later (earlier first when earlier): a master who does two steps in a row
        // never meets her own step's old place in the database's overlap guard.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> steps.get(i).getStartTime()));
        if (shift > 0) {
            java.util.Collections.reverse(order);
        }
        for (int i : order) {
            Booking booking = steps.get(i);
            String before = history.place(write.connection(), booking.getDate(), booking.getStartTime(),
                    booking.getMasterId());
            booking.reschedule(booking.getMasterId(), date, placed.get(i).start(), availability.instant(),
                    currentStaff.id());
            write.session().flush();
            BookingFootprints.moveUses(write.connection(), booking, footprints.get(i));
            history.moved(write.session(), booking, before, history.place(write.connection(), date,
                    placed.get(i).start(), booking.getMasterId()), booking.getMasterId());
        }
        write.session().flush();
    }

    /** The visit's bookings (every status), their masters locked first, in step order. */
    private List<Booking> lockedSteps(GuardedWrite write, long visitId) throws SQLException {
        List<Long> ids = stepIds(write.connection(), visitId);
        if (ids.isEmpty()) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.visit.notFound", visitId);
        }
        // A step split off while this write waited for the locks is no longer the visit's.
        return BookingLocks.lockedBookings(write, ids).stream()
                .filter(booking -> Long.valueOf(visitId).equals(booking.plan().visitId())).toList();
    }

    private static List<Long> stepIds(Connection connection, long visitId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from booking where visit_id = ? order by booking_date, start_time, id")) {
            select.setLong(1, visitId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private long insertVisit(Connection connection, long branchId, boolean parallel) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into booking_visit (branch_id, parallel,"
                + " created_at) values (?, ?, ?)", new String[]{"id"})) {
            insert.setLong(1, branchId);
            insert.setBoolean(2, parallel);
            insert.setObject(3, OffsetDateTime.ofInstant(availability.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A visit is the desk's: a master's own desk books only her own steps. */
    private void requireDesk(List<VisitStep> steps) {
        Require.notEmpty(steps, "field.steps");
        for (VisitStep step : steps) {
            Require.present(step, "field.steps");
            currentStaff.requireFor(Act.BOOKINGS, currentStaff.masterOrOwn(Act.BOOKINGS, step.masterId()));
        }
    }
}
