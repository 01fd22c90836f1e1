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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookableServices;
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
import org.salondesk.persistence.Database;
import org.salondesk.staff.CurrentStaff;

/**
 * The writes of booking (rules 6 and 7): create, hold, move, re-assign, cancel and status changes. Each runs in one
 * transaction that locks the masters' rows before re-checking the time, so two desks never both win one slot.
 * <p>
 * A time refused under those locks ends its transaction with a commit, not a rollback (nothing has been written
 * by then), and the refusal is thrown afterwards. H2 2.3.232 and 2.4.240 on a file database can hand a row lock to
 * two waiting transactions at once when the transaction holding it had only locked and then rolls back; with 16
 * desks that look at the slots and book, that double-booked a master every few runs.
 */
final class BookingCommands {

    /** The history line of a booking kept outside working time on purpose. */
    static final String OUTSIDE_WORKING_TIME = "outside working time";

    /** The longest a hold may live: a booking dialog left open over lunch must not block a master all afternoon. */
    static final Duration MAX_HOLD = Duration.ofHours(1);

    private final Database database;
    private final AvailabilityService availability;
    private final CurrentStaff currentStaff;
    private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private final AvailabilityLoader loader = new AvailabilityLoader();

    BookingCommands(Database database, AvailabilityService availability, CurrentStaff currentStaff) {
        this.database = database;
        this.availability = availability;
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
            return lockingTransaction(session -> {
                long bookingId = Database.withConnection(session,
                        connection -> insert(session, connection, request, key, newClient));
                return BookingInfos.load(session, List.of(bookingId)).get(0);
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

    private long insert(Session session, Connection connection, BookingRequest request, String key,
                        NewClient newClient) throws SQLException {
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
        // A new client is written only once the time is sure (below): a refusal under the lock writes nothing.
        Client known = newClient == null ? bookable(session.find(Client.class, request.clientId()), request.clientId())
                : null;
        lockEmployees(connection, services.offers().stream().map(EmployeeOffer::employeeId).toList());
        if (key != null) {
            // Checked again under the lock: a twin request may have committed while this one waited.
            Optional<Long> existing = bookingIdByKey(connection, key);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Occupation[] ignored = hold == null ? new Occupation[0] : new Occupation[]{holdOccupation(hold)};
        // Read again under the lock: the reading above may predate a booking that committed while this one waited.
        FreeTime free = availability.reading(connection, request.companyId()).freeTime(employeeId, request.date(),
                request.date(), ignored);
        Long master = employeeId;
        EmployeeOffer offer = underLock(() -> chooseOffer(free, services, master, request.date(), request.time()));
        Client client = known != null ? known : underLock(() -> bookable(
                ClientService.findOrCreate(session, newClient, availability.instant()), request.clientId()));

        List<BookedService> lines = new ArrayList<>();
        for (EmployeeOffer.Line line : offer.lines()) {
            AvailabilityLoader.ServiceRow service = services.services().stream()
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
        return lockingTransaction(session -> Database.withConnection(session, connection -> {
            AvailabilityReading reading = availability.reading(connection, companyId);
            BookableServices services = reading.resolve(serviceIds, employeeId);
            availability.requireNotPast(date, services.branch());
            lockEmployees(connection, services.offers().stream().map(EmployeeOffer::employeeId).toList());
            Instant now = availability.instant();
            // Read again under the lock: the reading above may predate a hold or booking committed meanwhile.
            FreeTime free = availability.reading(connection, companyId).freeTime(employeeId, date, date);
            EmployeeOffer offer = underLock(() -> chooseOffer(free, services, employeeId, date, time));
            // Expired holds block nothing; they are swept here, once the new hold is sure to be written.
            session.createMutationQuery("delete from SlotHold h where h.expiresAt <= :now")
                    .setParameter("now", now).executeUpdate();
            SlotHold hold = new SlotHold(companyId, offer.employeeId(), date, time, offer.durationMinutes(),
                    services.serviceIds(), now, now.plus(ttl));
            session.persist(hold);
            session.flush();
            return hold.getId();
        }));
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
        lockingTransaction(session -> Database.withConnection(session, connection -> {
            moveIn(session, connection, bookingId, employeeId, newDate, newTime, true);
            return null;
        }));
    }

    /**
     * A move inside the caller's transaction. With {@code ownTransaction} a refusal under the lock ends the
     * transaction with a commit (see {@link #lockingTransaction}); inside a schedule change it must roll back the
     * change with it, so it is thrown as it is.
     */
    void moveIn(Session session, Connection connection, long bookingId, Long employeeId, LocalDate newDate,
                LocalTime newTime, boolean ownTransaction) throws SQLException {
        Require.present(newDate, "field.date");
        requireOnGrid(newTime);
        Booking booking = existing(session, bookingId);
        if (booking.getStatus() != BookingStatus.NEW && booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.cannotMove",
                    new StatusName(booking.getStatus()));
        }
        long target = employeeId == null ? booking.getEmployeeId() : employeeId;
        List<Long> serviceIds = booking.getServices().stream().map(BookedService::getServiceId).toList();
        AvailabilityReading reading = availability.reading(connection, booking.getBranchId());
        BranchSettings branch;
        if (target == booking.getEmployeeId()) {
            branch = reading.branch();
            requireActiveEmployee(connection, target);
        } else {
            branch = reading.resolve(serviceIds, target).branch();
        }
        availability.requireNotPast(newDate, branch);
        lockEmployees(connection, List.of(target));
        FreeTime free = availability.reading(connection, booking.getBranchId()).freeTime(target, newDate, newDate,
                Occupation.booking(booking.getId(), booking.getEmployeeId(), booking.getDate(),
                        TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()),
                        booking.getStatus()));
        EmployeeOffer offer = EmployeeOffer.ofLength(target, booking.getDurationMinutes(), booking.getTotalCost());
        FreeTime.Verdict verdict = free.check(offer, newDate, newTime);
        String master = verdict == FreeTime.Verdict.OUTSIDE_WORKING_TIME
                ? loader.employee(connection, target).map(AvailabilityLoader.EmployeeRow::name).orElse("") : "";
        TimeSpan wanted = TimeSpan.starting(newTime, Math.min(booking.getDurationMinutes(),
                TimeSpan.MINUTES_PER_DAY - TimeSpan.minuteOfDay(newTime)));
        if (ownTransaction) {
            underLock(() -> {
                requireFree(verdict, free, target, master, newDate, wanted);
                return null;
            });
        } else {
            requireFree(verdict, free, target, master, newDate, wanted);
        }
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

    /** Cancels a booking with a reason inside the caller's transaction. */
    void cancelIn(Session session, long bookingId, String reason) {
        Booking booking = existing(session, bookingId);
        applyStatus(session, booking, BookingStatus.CANCELLED,
                Require.text(reason, "field.cancelReason", Booking.CANCEL_REASON));
    }

    /** Cancels a booking of the branch; the record stays as CANCELLED and its time is free at once. */
    void cancel(long companyId, long bookingId, String reason) {
        Require.optionalText(reason, Booking.CANCEL_REASON);
        database.inTransaction(session -> {
            Booking booking = session.find(Booking.class, bookingId);
            if (booking == null || booking.getBranchId() != companyId) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
            }
            if (booking.getStatus() == BookingStatus.CANCELLED) {
                return;
            }
            applyStatus(session, booking, BookingStatus.CANCELLED, reason);
        });
    }

    /**
     * Takes back a cancellation (undo at the desk): the booking returns to {@code status} (NEW, CONFIRMED or ARRIVED)
     * if no other booking has taken its time meanwhile. Its time may have begun: undo is allowed right after.
     */
    void reinstate(long bookingId, BookingStatus status) {
        Require.present(status, "field.status");
        Require.that(status.isActive(), "error.booking.reinstateStatus", new StatusName(status));
        lockingTransaction(session -> Database.withConnection(session, connection -> {
            Booking booking = existing(session, bookingId);
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.notCancelled",
                        new StatusName(booking.getStatus()));
            }
            availability.reading(connection, booking.getBranchId()).branch();
            lockEmployees(connection, List.of(booking.getEmployeeId()));
            FreeTime free = availability.reading(connection, booking.getBranchId()).freeTime(booking.getEmployeeId(),
                    booking.getDate(), booking.getDate());
            FreeTime.Verdict verdict = free.check(EmployeeOffer.ofLength(booking.getEmployeeId(),
                    booking.getDurationMinutes(), booking.getTotalCost()), booking.getDate(), booking.getStartTime());
            if (verdict != FreeTime.Verdict.TOO_EARLY) {
                underLock(() -> {
                    requireFree(verdict);
                    return null;
                });
            }
            booking.reinstate(status, availability.instant(), currentStaff.id());
            // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
            session.flush();
            event(session, booking, BookingEvent.Kind.STATUS, BookingStatus.CANCELLED.name(), status.name());
            session.flush();
            return null;
        }));
    }

    void addStatusListener(StatusListener listener) {
        statusListeners.add(listener);
    }

    /** Moves a booking along the pipeline; only the transitions of {@link BookingStatus#next()} are allowed. */
    BookingStatus changeStatus(long bookingId, BookingStatus status, String reason) {
        Require.present(status, "field.status");
        Require.optionalText(reason, Booking.CANCEL_REASON);
        return database.fromTransaction(session -> {
            Booking booking = existing(session, bookingId);
            BookingStatus before = booking.getStatus();
            applyStatus(session, booking, status, reason);
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
        lockingTransaction(session -> Database.withConnection(session, connection -> {
            Booking booking = existing(session, bookingId);
            if (booking.getStatus() != from) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.booking.changedSince",
                        new StatusName(booking.getStatus()));
            }
            if (!from.isActive() && from != BookingStatus.COMPLETED) {
                availability.reading(connection, booking.getBranchId()).branch();
                lockEmployees(connection, List.of(booking.getEmployeeId()));
                FreeTime free = availability.reading(connection, booking.getBranchId()).freeTime(
                        booking.getEmployeeId(), booking.getDate(), booking.getDate(), Occupation.booking(
                                booking.getId(), booking.getEmployeeId(), booking.getDate(),
                                TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()), from));
                FreeTime.Verdict verdict = free.check(EmployeeOffer.ofLength(booking.getEmployeeId(),
                        booking.getDurationMinutes(), booking.getTotalCost()), booking.getDate(),
                        booking.getStartTime());
                if (verdict != FreeTime.Verdict.TOO_EARLY) {
                    underLock(() -> {
                        requireFree(verdict);
                        return null;
                    });
                }
            }
            booking.reinstate(back, availability.instant(), currentStaff.id());
            // Written first: the database's overlap guard may refuse it, and then no history row may take an id.
            session.flush();
            event(session, booking, BookingEvent.Kind.STATUS, from.name(), back.name());
            session.flush();
            return null;
        }));
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
     * Runs a transaction that locks masters' rows. A {@link RefusedUnderLock} thrown by {@code work} ends it with a
     * commit and is then thrown as the refusal it carries (see the class comment); anything else rolls it back.
     */
    private <T> T lockingTransaction(Function<Session, T> work) {
        Object outcome = database.fromTransaction(session -> {
            try {
                return work.apply(session);
            } catch (RefusedUnderLock refused) {
                return refused;
            }
        });
        if (outcome instanceof RefusedUnderLock refused) {
            throw refused.refusal;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome;
        return result;
    }

    /** Runs a check made under the masters' locks before anything is written; its refusal must not roll back. */
    private static <T> T underLock(Supplier<T> check) {
        try {
            return check.get();
        } catch (SalonDeskException refusal) {
            throw new RefusedUnderLock(refusal);
        }
    }

    /** A refusal carried out of a locking transaction so that the transaction commits (it has written nothing). */
    private static final class RefusedUnderLock extends RuntimeException {
        private final transient SalonDeskException refusal;

        RefusedUnderLock(SalonDeskException refusal) {
            super(refusal.messageKey(), refusal, false, false);
            this.refusal = refusal;
        }
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

    /** Locks the masters' rows in id order (so two transactions never wait on each other crosswise). */
    private static void lockEmployees(Connection connection, Collection<Long> employeeIds) throws SQLException {
        List<Long> sorted = employeeIds.stream().sorted().distinct().toList();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from employee where id = ? for update")) {
            for (Long id : sorted) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                }
            }
        }
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
