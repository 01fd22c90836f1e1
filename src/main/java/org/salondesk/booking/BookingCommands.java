package org.salondesk.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.BranchSettings;
import org.salondesk.availability.EmployeeOffer;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.Occupation;
import org.salondesk.availability.SlotGrid;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.client.Client;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;
import org.salondesk.staff.CurrentStaff;

/**
 * The writes of booking (rules 6 and 7): create, hold, move, re-assign, cancel and status changes. Each goes through
 * the {@link AvailabilityGuard}: it locks the masters' rows, then re-reads and re-checks their time, so two desks
 * never both win one slot and no schedule change decides without a booking made meanwhile.
 */
final class BookingCommands {

    /** The history line of a booking kept outside working time on purpose. */
    static final String OUTSIDE_WORKING_TIME = "outside working time";

    /** The longest a hold may live: a booking dialog left open over lunch must not block a master all afternoon. */
    static final Duration MAX_HOLD = Duration.ofHours(1);

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private final AvailabilityLoader loader = new AvailabilityLoader();

    BookingCommands(Database database, AvailabilityService availability, AvailabilityGuard guard,
                    CurrentStaff currentStaff) {
        this.database = database;
        this.availability = availability;
        this.guard = guard;
        this.currentStaff = currentStaff;
    }

    BookingInfo create(BookingRequest request) {
        return create(request, null);
    }

    /** Creates a booking; with {@code newClient}, for that client, created in the same transaction if new. */
    BookingInfo create(BookingRequest request, NewClient newClient) {
        Require.present(request, "field.request");
        Require.present(request.date(), "field.date");
        requireOnGrid(request.time());
        Require.notEmpty(request.serviceIds(), "field.services");
        String key = Require.optionalText(request.idempotencyKey(), Booking.IDEMPOTENCY_KEY);
        Require.optionalText(request.note(), Booking.NOTE);
        try {
            return guard.write(write -> {
                long bookingId = insert(write, request, key, newClient);
                return BookingInfos.load(write.session(), List.of(bookingId)).get(0);
            });
        } catch (RuntimeException e) {
            // Two requests with one key that raced past each other: the unique key let one in; answer with it. The
            // database's overlap guard may have answered for the key (its refusal is SLOT_UNAVAILABLE).
            if (key != null && (!(e instanceof SalonDeskException refusal)
                    || refusal.code() == ErrorCode.SLOT_UNAVAILABLE)) {
                Optional<BookingInfo> first = database.fromTransaction(session -> findByKey(session, key));
                if (first.isPresent()) {
                    return first.get();
                }
            }
            throw e;
        }
    }

    private long insert(GuardedWrite write, BookingRequest request, String key, NewClient newClient)
            throws SQLException {
        Session session = write.session();
        Connection connection = write.connection();
        if (key != null) {
            Optional<Long> existing = bookingIdByKey(connection, key);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Long employeeId = request.employeeId();
        SlotHold hold = null;
        if (request.holdId() != null) {
            hold = liveHold(session, request.holdId());
            requireHoldMatches(hold, request);
            employeeId = hold.getEmployeeId();
        }
        AvailabilityReading reading = availability.reading(connection, request.companyId());
        BookableServices services = reading.resolve(request.serviceIds(), employeeId);
        availability.requireNotPast(request.date(), services.branch());
        Client known = newClient == null ? bookable(session.find(Client.class, request.clientId()), request.clientId())
                : null;
        write.lock(services.offers().stream().map(EmployeeOffer::employeeId).toList());
        if (key != null) {
            // Checked again under the lock: a twin request may have committed while this one waited.
            Optional<Long> existing = bookingIdByKey(connection, key);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Occupation[] ignored = hold == null ? new Occupation[0] : new Occupation[]{holdOccupation(hold)};
        // Read again under the lock: the readings above may predate a booking, a day off or a blocked master or
        // service that committed while this one waited.
        BookableServices locked = lockedOffers(write, request.companyId(), request.serviceIds(), employeeId);
        FreeTime free = write.time(request.companyId(), request.date(), request.date(), ignored);
        EmployeeOffer offer = chooseOffer(free, locked, employeeId, request.date(), request.time());
        Client client = known != null ? known : bookable(
                ClientService.findOrCreate(session, newClient, availability.instant()), request.clientId());

        List<BookedService> lines = new ArrayList<>();
        for (EmployeeOffer.Line line : offer.lines()) {
            AvailabilityLoader.ServiceRow service = locked.services().stream()
                    .filter(row -> row.id() == line.serviceId()).findFirst().orElseThrow();
            lines.add(new BookedService(lines.size() + 1, line.serviceId(), service.title(), line.price(),
                    line.durationMinutes()));
        }
        Booking booking = new Booking(database.nextBookingNumber(session), request.companyId(), offer.employeeId(),
                client.getId(), request.date(), request.time(), lines, request.initialStatus(), request.source(),
                availability.instant(), currentStaff.id());
        booking.setNote(Require.optionalText(request.note()));
        booking.setIdempotencyKey(key);
        session.persist(booking);
        if (hold != null) {
            session.remove(hold);
        }
        session.flush();
        event(session, booking, BookingEvent.Kind.CREATED, null, booking.getStatus().name());
        return booking.getId();
    }

    long hold(long companyId, List<Long> serviceIds, LocalDate date, LocalTime time, Long employeeId,
              Duration ttl) {
        Require.present(date, "field.date");
        requireOnGrid(time);
        Require.present(ttl, "field.ttl");
        Require.that(!ttl.isNegative() && !ttl.isZero() && ttl.compareTo(MAX_HOLD) <= 0, "error.hold.ttl",
                MAX_HOLD.toMinutes());
        return guard.write(write -> {
            Session session = write.session();
            AvailabilityReading reading = availability.reading(write.connection(), companyId);
            BookableServices services = reading.resolve(serviceIds, employeeId);
            availability.requireNotPast(date, services.branch());
            write.lock(services.offers().stream().map(EmployeeOffer::employeeId).toList());
            Instant now = availability.instant();
            // Read again under the lock: the reading above may predate a hold or booking committed meanwhile.
            BookableServices locked = lockedOffers(write, companyId, serviceIds, employeeId);
            FreeTime free = write.time(companyId, date, date);
            EmployeeOffer offer = chooseOffer(free, locked, employeeId, date, time);
            // Expired holds block nothing; they are swept here, once the new hold is sure to be written.
            session.createMutationQuery("delete from SlotHold h where h.expiresAt <= :now")
                    .setParameter("now", now).executeUpdate();
            SlotHold hold = new SlotHold(companyId, offer.employeeId(), date, time, offer.durationMinutes(),
                    locked.serviceIds(), now, now.plus(ttl));
            session.persist(hold);
            session.flush();
            return hold.getId();
        });
    }

    void releaseHold(long holdId) {
        database.inTransaction(session -> {
            SlotHold hold = session.find(SlotHold.class, holdId);
            if (hold != null) {
                session.remove(hold);
            }
        });
    }

    /** Rule 7: a new date and time, same master and services; the booking's own time does not count as taken. */
    void modifyTime(long bookingId, LocalDate newDate, LocalTime newTime) {
        move(bookingId, null, newDate, newTime);
    }

    /**
     * Moves a booking to another time and, when {@code employeeId} differs, to another master who must provide all
     * its services. The booked length and prices stay as they were booked.
     */
    void move(long bookingId, Long employeeId, LocalDate newDate, LocalTime newTime) {
        Require.present(newDate, "field.date");
        requireOnGrid(newTime);
        guard.write(write -> {
            moveIn(write, bookingId, employeeId, newDate, newTime);
            return null;
        });
    }

    /**
     * A move inside a guarded transaction: its own, or a schedule change's that has locked both masters already (a
     * refusal then refuses the whole change).
     */
    void moveIn(GuardedWrite write, long bookingId, Long employeeId, LocalDate newDate, LocalTime newTime)
            throws SQLException {
        Require.present(newDate, "field.date");
        requireOnGrid(newTime);
        Session session = write.session();
        Connection connection = write.connection();
        write.lockBookingMaster(bookingId, employeeId == null ? List.of() : List.of(employeeId));
        Booking booking = existing(session, bookingId);
        if (booking.getStatus() != BookingStatus.NEW && booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.cannotMove",
                    new StatusName(booking.getStatus()));
        }
        long target = employeeId == null ? booking.getEmployeeId() : employeeId;
        List<Long> serviceIds = booking.getServices().stream().map(BookedService::getServiceId).toList();
        AvailabilityReading reading = write.reading(booking.getBranchId());
        BranchSettings branch;
        if (target == booking.getEmployeeId()) {
            branch = reading.branch();
            requireActiveEmployee(connection, target);
        } else {
            branch = reading.resolve(serviceIds, target).branch();
        }
        availability.requireNotPast(newDate, branch);
        FreeTime free = write.time(booking.getBranchId(), newDate, newDate, Occupation.booking(booking.getId(),
                booking.getEmployeeId(), booking.getDate(),
                TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()), booking.getStatus()));
        EmployeeOffer offer = EmployeeOffer.ofLength(target, booking.getDurationMinutes(), booking.getTotalCost());
        FreeTime.Verdict verdict = free.check(offer, newDate, newTime);
        String master = verdict == FreeTime.Verdict.OUTSIDE_WORKING_TIME
                ? loader.employee(connection, target).map(AvailabilityLoader.EmployeeRow::name).orElse("") : "";
        TimeSpan wanted = TimeSpan.starting(newTime, Math.min(booking.getDurationMinutes(),
                TimeSpan.MINUTES_PER_DAY - TimeSpan.minuteOfDay(newTime)));
        requireFree(verdict, free, target, master, newDate, wanted);
        String before = place(connection, booking.getDate(), booking.getStartTime(), booking.getEmployeeId());
        booking.reschedule(target, newDate, newTime, availability.instant(), currentStaff.id());
        booking.setOutsideWorkingTime(false);
        // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
        session.flush();
        event(session, booking, BookingEvent.Kind.MOVED, before, place(connection, newDate, newTime, target));
        session.flush();
    }

    /** Keeps a booking where it is although its master no longer works then (the desk's decision). */
    void keepOutsideWorkingTime(Session session, long bookingId) {
        Booking booking = existing(session, bookingId);
        booking.setOutsideWorkingTime(true);
        booking.touch(availability.instant(), currentStaff.id());
        event(session, booking, BookingEvent.Kind.FIELD, null, OUTSIDE_WORKING_TIME);
    }

    /** Cancels a booking with a reason inside the caller's transaction (its master locked). */
    void cancelIn(Session session, long bookingId, String reason) {
        Booking booking = existing(session, bookingId);
        applyStatus(session, booking, BookingStatus.CANCELLED,
                Require.text(reason, "field.cancelReason", Booking.CANCEL_REASON));
    }

    /** Cancels a booking of the branch; the record stays as CANCELLED and its time is free at once. */
    void cancel(long companyId, long bookingId, String reason) {
        Require.optionalText(reason, Booking.CANCEL_REASON);
        guard.write(write -> {
            Booking booking = lockedBooking(write, bookingId);
            if (booking.getBranchId() != companyId) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
            }
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                applyStatus(write.session(), booking, BookingStatus.CANCELLED, reason);
            }
            return null;
        });
    }

    /**
     * Takes back a cancellation (undo at the desk): the booking returns to {@code status} (NEW, CONFIRMED or ARRIVED)
     * if no other booking has taken its time meanwhile. Its time may have begun: undo is allowed right after.
     */
    void reinstate(long bookingId, BookingStatus status) {
        Require.present(status, "field.status");
        Require.that(status.isActive(), "error.booking.reinstateStatus", new StatusName(status));
        guard.write(write -> {
            Booking booking = lockedBooking(write, bookingId);
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.notCancelled",
                        new StatusName(booking.getStatus()));
            }
            requireTimeBack(write, booking, BookingStatus.CANCELLED);
            booking.reinstate(status, availability.instant(), currentStaff.id());
            // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
            write.session().flush();
            event(write.session(), booking, BookingEvent.Kind.STATUS, BookingStatus.CANCELLED.name(), status.name());
            write.session().flush();
            return null;
        });
    }

    void addStatusListener(StatusListener listener) {
        statusListeners.add(listener);
    }

    /** Moves a booking along the pipeline; only the transitions of {@link BookingStatus#next()} are allowed. */
    BookingStatus changeStatus(long bookingId, BookingStatus status, String reason) {
        Require.present(status, "field.status");
        Require.optionalText(reason, Booking.CANCEL_REASON);
        return guard.write(write -> {
            Booking booking = lockedBooking(write, bookingId);
            BookingStatus before = booking.getStatus();
            applyStatus(write.session(), booking, status, reason);
            return before;
        });
    }

    /**
     * Takes back a status step (undo at the desk), against the pipeline's direction: only while the booking is still
     * where the step left it. A no-show or cancelled booking frees its time, so going back needs the time free again.
     */
    void stepBack(long bookingId, BookingStatus from, BookingStatus back) {
        Require.present(from, "field.status");
        Require.present(back, "field.status");
        Require.that(back.isActive(), "error.booking.reinstateStatus", new StatusName(back));
        guard.write(write -> {
            Booking booking = lockedBooking(write, bookingId);
            if (booking.getStatus() != from) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.changedSince",
                        new StatusName(booking.getStatus()));
            }
            if (!from.isActive() && from != BookingStatus.COMPLETED) {
                requireTimeBack(write, booking, from);
            }
            booking.reinstate(back, availability.instant(), currentStaff.id());
            // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
            write.session().flush();
            event(write.session(), booking, BookingEvent.Kind.STATUS, from.name(), back.name());
            write.session().flush();
            return null;
        });
    }

    /** Refuses to give a booking that freed its time ({@code from}) that time back unless it is still free. */
    private void requireTimeBack(GuardedWrite write, Booking booking, BookingStatus from) throws SQLException {
        write.reading(booking.getBranchId()).branch();
        FreeTime free = write.time(booking.getBranchId(), booking.getDate(), booking.getDate(), Occupation.booking(
                booking.getId(), booking.getEmployeeId(), booking.getDate(),
                TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()), from));
        FreeTime.Verdict verdict = free.check(EmployeeOffer.ofLength(booking.getEmployeeId(),
                booking.getDurationMinutes(), booking.getTotalCost()), booking.getDate(), booking.getStartTime());
        // Undo right after the step is allowed although the time has begun.
        if (verdict != FreeTime.Verdict.TOO_EARLY) {
            requireFree(verdict);
        }
    }

    /** The booking, read after its master's row is locked. */
    private static Booking lockedBooking(GuardedWrite write, long bookingId) throws SQLException {
        write.lockBookingMaster(bookingId, List.of());
        return existing(write.session(), bookingId);
    }

    /** Replaces the booking's note (blank: no note). */
    void updateNote(long bookingId, String note) {
        String text = Require.optionalText(note, Booking.NOTE);
        database.inTransaction(session -> {
            Booking booking = existing(session, bookingId);
            String before = booking.getNote();
            if (Objects.equals(before, text)) {
                return;
            }
            booking.setNote(text);
            booking.touch(availability.instant(), currentStaff.id());
            event(session, booking, BookingEvent.Kind.NOTE, before, text);
        });
    }

    /** Sets a custom field (key → value) of the booking; a blank value removes the field. */
    void setCustomField(long bookingId, String key, String value) {
        String name = Require.text(key, "field.fieldKey", Booking.FIELD_KEY);
        String text = Require.optionalText(value, Booking.FIELD_VALUE);
        database.inTransaction(session -> {
            Booking booking = existing(session, bookingId);
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
            event(session, booking, BookingEvent.Kind.FIELD, before == null ? null : name + " = " + before,
                    text == null ? null : name + " = " + text);
        });
    }

    private void event(Session session, Booking booking, BookingEvent.Kind kind, String before, String after) {
        session.persist(new BookingEvent(booking.getId(), availability.instant(), currentStaff.id(), kind, before,
                after));
    }

    /** A booking's place as the history shows it: date, time and master. */
    private String place(Connection connection, LocalDate date, LocalTime time, long employeeId) throws SQLException {
        String master = loader.employee(connection, employeeId).map(AvailabilityLoader.EmployeeRow::name).orElse("");
        return date + " " + time + ", " + master;
    }

    private void applyStatus(Session session, Booking booking, BookingStatus status, String reason) {
        if (!booking.getStatus().canChangeTo(status)) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.illegalTransition",
                    new StatusName(booking.getStatus()), new StatusName(status));
        }
        BranchSettings branch = Database.withConnection(session, connection ->
                loader.branch(connection, booking.getBranchId()).orElseThrow());
        LocalDateTime now = availability.now(branch);
        LocalDateTime start = booking.getDate().atTime(booking.getStartTime());
        if (status == BookingStatus.NO_SHOW && now.isBefore(start)) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.noShowTooEarly");
        }
        if ((status == BookingStatus.ARRIVED || status == BookingStatus.COMPLETED)
                && now.toLocalDate().isBefore(booking.getDate())) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.notToday", new StatusName(status));
        }
        BookingStatus before = booking.getStatus();
        booking.changeStatus(status, Require.optionalText(reason, Booking.CANCEL_REASON), availability.instant(),
                currentStaff.id());
        event(session, booking, BookingEvent.Kind.STATUS, before.name(), status.name());
        statusListeners.forEach(listener -> listener.statusChanged(session, booking, before));
    }

    /**
     * The request resolved again under the masters' locks, and cut to the masters locked: one may have been blocked,
     * or a service blocked or taken from her, while this transaction waited.
     */
    private static BookableServices lockedOffers(GuardedWrite write, long companyId, List<Long> serviceIds,
                                                 Long employeeId) throws SQLException {
        BookableServices services = write.reading(companyId).resolve(serviceIds, employeeId);
        return new BookableServices(services.branch(), services.services(),
                services.offers().stream().filter(offer -> write.holds(offer.employeeId())).toList());
    }

    private EmployeeOffer chooseOffer(FreeTime free, BookableServices services, Long employeeId, LocalDate date,
                                      LocalTime time) {
        if (employeeId != null) {
            EmployeeOffer offer = services.offerOf(employeeId);
            requireFree(free.check(offer, date, time));
            return offer;
        }
        return free.pickEmployee(services.offers(), date, time)
                .orElseThrow(() -> new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.noneFree",
                        date, time));
    }

    private static void requireFree(FreeTime.Verdict verdict) {
        switch (verdict) {
            case FREE -> {
            }
            case TOO_EARLY -> throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.tooEarly");
            case OUTSIDE_WORKING_TIME ->
                    throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.outsideWorkingTime");
            case TAKEN -> throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.taken");
            case TOO_FAR_AHEAD -> throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.tooFarAhead");
        }
    }

    /**
     * As {@link #requireFree(FreeTime.Verdict)}, saying whose working time it is when the master does not work then:
     * "Olga does not work on 5 March", or her hours when the booking falls outside them.
     */
    private static void requireFree(FreeTime.Verdict verdict, FreeTime free, long employeeId, String master,
                                    LocalDate date, TimeSpan wanted) {
        if (verdict == FreeTime.Verdict.OUTSIDE_WORKING_TIME) {
            Optional<WorkingDay> day = free.workingDay(employeeId, date);
            if (day.isEmpty()) {
                throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.masterOff", master, date);
            }
            TimeSpan shift = day.get().shift();
            if (!shift.contains(wanted)) {
                throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.outsideShift", master,
                        shift.startTime(), shift.endTime(), date);
            }
        }
        requireFree(verdict);
    }

    /** Bookings start on the booking step (5 minutes); whole minutes only. */
    private static void requireOnGrid(LocalTime time) {
        Require.present(time, "field.time");
        Require.that(time.getSecond() == 0 && time.getNano() == 0
                        && time.getMinute() % SlotGrid.BOOKING_STEP_MINUTES == 0,
                "error.time.offGrid", time, SlotGrid.BOOKING_STEP_MINUTES);
    }

    private void requireActiveEmployee(Connection connection, long employeeId) throws SQLException {
        AvailabilityLoader.EmployeeRow employee = loader.employee(connection, employeeId).orElseThrow(
                () -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", employeeId));
        if (!employee.active()) {
            throw new SalonDeskException(ErrorCode.EMPLOYEE_NOT_ELIGIBLE, "error.employee.inactive", employee.name());
        }
    }

    private static Booking existing(Session session, long bookingId) {
        Booking booking = session.find(Booking.class, bookingId);
        if (booking == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
        }
        return booking;
    }

    private static Client bookable(Client client, long clientId) {
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

    private SlotHold liveHold(Session session, long holdId) {
        SlotHold hold = session.find(SlotHold.class, holdId);
        if (hold == null || !hold.isLiveAt(availability.instant())) {
            throw new SalonDeskException(ErrorCode.HOLD_EXPIRED, "error.hold.expired");
        }
        return hold;
    }

    private static void requireHoldMatches(SlotHold hold, BookingRequest request) {
        boolean matches = hold.getBranchId() == request.companyId()
                && (request.employeeId() == null || request.employeeId() == hold.getEmployeeId())
                && hold.getDate().equals(request.date())
                && hold.getStartTime().equals(request.time())
                && new HashSet<>(hold.getServiceIds()).equals(new HashSet<>(request.serviceIds()));
        Require.that(matches, "error.hold.mismatch");
    }

    private static Occupation holdOccupation(SlotHold hold) {
        return Occupation.hold(hold.getId(), hold.getEmployeeId(), hold.getDate(),
                TimeSpan.starting(hold.getStartTime(), hold.getDurationMinutes()), hold.getExpiresAt());
    }

    private static Optional<Long> bookingIdByKey(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from booking where idempotency_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Optional<BookingInfo> findByKey(Session session, String key) {
        Optional<Long> id = Database.withConnection(session, connection -> bookingIdByKey(connection, key));
        return id.flatMap(found -> BookingInfos.load(session, List.of(found)).stream().findFirst());
    }
}
