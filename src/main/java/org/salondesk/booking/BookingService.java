package org.salondesk.booking;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.BranchSettings;
import org.salondesk.catalog.SalonService;
import org.salondesk.client.Client;
import org.salondesk.client.NewClient;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * The online-booking functions of the reference, one method each, plus what the desk needs beyond them (moves to
 * another master, status changes). Free time always comes from the one {@link AvailabilityService}.
 */
public final class BookingService {

    private final Database database;
    private final AvailabilityService availability;
    private final BookingCatalog catalog;
    private final SlotHolds holds;
    private final BookingCreation creation;
    private final BookingMoves moves;
    private final BookingStatusChanges statuses;
    private final BookingNotes notes;
    private final BookingDigest digest;
    private final CurrentStaff currentStaff;
    private final BookingHistory history;
    private final VisitService visits;
    private final SeriesService series;

    public BookingService(Database database, AvailabilityService availability, AvailabilityGuard guard,
                          CurrentStaff currentStaff) {
        this.database = database;
        this.availability = availability;
        this.catalog = new BookingCatalog(database);
        this.history = new BookingHistory(availability, currentStaff);
        this.holds = new SlotHolds(database, availability, guard);
        this.creation = new BookingCreation(database, availability, guard, currentStaff, holds, history);
        this.moves = new BookingMoves(availability, guard, currentStaff, history);
        this.statuses = new BookingStatusChanges(availability, guard, currentStaff, history);
        this.notes = new BookingNotes(database, availability, currentStaff, history);
        this.digest = new BookingDigest(database, availability);
        this.currentStaff = currentStaff;
        this.visits = new VisitService(database, availability, guard, currentStaff, history, statuses);
        this.series = new SeriesService(database, availability, guard, currentStaff, history, statuses, moves);
    }

    /** Repeating visits: previewed, booked, moved and cancelled as a whole or from one occurrence on. */
    public SeriesService series() {
        return series;
    }

    /** Visits of several steps and masters, booked, moved and cancelled together (decision 0036). */
    public VisitService visits() {
        return visits;
    }

    /** {@code listener} hears of every line written in a booking's history, inside its transaction. */
    public void addChangeListener(BookingChangeListener listener) {
        history.addListener(listener);
    }

    /** {@code listener} hears of every status change, inside its transaction. */
    public void addStatusListener(StatusListener listener) {
        statuses.addStatusListener(listener);
    }

    /** get_companies_for_booking: the open branches. */
    public List<CompanyInfo> getCompaniesForBooking() {
        return catalog.branches();
    }

    /** get_categories_for_booking(company_id): the branch's service categories. */
    public List<CategoryInfo> getCategoriesForBooking(long branchId) {
        return catalog.categories(branchId);
    }

    /**
     * get_employees_for_booking: the branch's active masters; only those who provide all {@code serviceIds}, have
     * the job title, or provide a service of the category, when these are given.
     */
    public List<EmployeeInfo> getEmployeesForBooking(long branchId, List<Long> serviceIds, Long jobTitleId,
                                                     Long serviceCategoryId) {
        return catalog.masters(branchId, serviceIds, jobTitleId, serviceCategoryId);
    }

    /** get_services_for_booking: the branch's active services, by category and/or master. */
    public List<ServiceInfo> getServicesForBooking(long branchId, Long serviceCategoryId, Long masterId) {
        return catalog.services(branchId, serviceCategoryId, masterId);
    }

    /**
     * The service to offer first when a master's free time is clicked: the one she is most often booked for, else
     * the first she provides; empty when she provides none.
     */
    public Optional<ServiceInfo> usualService(long branchId, long masterId) {
        List<ServiceInfo> hers = getServicesForBooking(branchId, null, masterId);
        for (long id : catalog.mostBooked(masterId)) {
            Optional<ServiceInfo> found = hers.stream().filter(service -> service.id() == id).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return hers.stream().findFirst();
    }

    /** get_dates_for_booking: dates from today within {@code daysLimit} (14) days with a free time. */
    public List<LocalDate> getDatesForBooking(long branchId, List<Long> serviceIds, Long masterId,
                                              Integer daysLimit, Integer maxDatesCount) {
        return availability.dates(branchId, serviceIds, masterId, daysLimit, maxDatesCount);
    }

    /** get_slots_for_booking: free start times of a date, every {@code slotInterval} (the branch's, 30) minutes. */
    public List<LocalTime> getSlotsForBooking(long branchId, List<Long> serviceIds, LocalDate date, Long masterId,
                                              Integer slotInterval) {
        return availability.slots(branchId, serviceIds, date, masterId, slotInterval);
    }

    /** create_booking: an online request (status NEW); without a master, the fairest free one is chosen. */
    public BookingInfo createBooking(long branchId, List<Long> serviceIds, LocalDate date, LocalTime time,
                                     Long masterId, long clientId) {
        return createBooking(BookingRequest.online(branchId, serviceIds, date, time, masterId, clientId));
    }

    /** create_booking with everything: idempotency key, source, note, and the hold it turns into a booking. */
    public BookingInfo createBooking(BookingRequest request) {
        return creation.create(forWhom(request));
    }

    /** get_bookings_info: the client's bookings still ahead (NEW, CONFIRMED or ARRIVED and not yet over). */
    public List<BookingInfo> getBookingsInfo(long clientId) {
        return database.fromTransaction(session -> {
            if (session.find(Client.class, clientId) == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.client.notFound", clientId);
            }
            return ahead(session, clientId, null);
        });
    }

    /**
     * get_bookings_info by phone, as the booking server asks it: the bookings ahead of the client with this phone;
     * with {@code channel}, only those made through it. No client with the phone: none (nothing says whether one
     * exists).
     */
    public List<BookingInfo> getBookingsInfoByPhone(String phone, String channel) {
        String normalized = PhoneNumbers.normalize(phone);
        return database.fromTransaction(session -> {
            List<Long> clients = session.createQuery(
                            "select c.id from Client c where c.phone = :phone and c.mergedIntoId is null", Long.class)
                    .setParameter("phone", normalized).getResultList();
            return clients.isEmpty() ? List.<BookingInfo>of() : ahead(session, clients.get(0), channel);
        });
    }

    private List<BookingInfo> ahead(Session session, long clientId, String channel) {
        List<Object[]> rows = session.createQuery("""
                        select b.id, b.date, b.startTime, b.durationMinutes, br.timeZone from Booking b
                        join Branch br on br.id = b.branchId
                        where b.clientId = :client and b.status in (:active)
                        and (:channel is null or b.channel = :channel)
                        order by b.date, b.startTime, b.id""", Object[].class)
                .setParameter("client", clientId)
                .setParameter("active", List.of(BookingStatus.NEW, BookingStatus.CONFIRMED, BookingStatus.ARRIVED))
                .setParameter("channel", channel)
                .getResultList();
        List<Long> ahead = rows.stream().filter(row -> {
            LocalDateTime end = ((LocalDate) row[1]).atTime((LocalTime) row[2]).plusMinutes((Integer) row[3]);
            return end.isAfter(LocalDateTime.ofInstant(availability.instant(), ZoneId.of((String) row[4])));
        }).map(row -> (Long) row[0]).toList();
        return BookingInfos.load(session, ahead);
    }

    /** The channel a booking came through (the API key's name); empty for the desk's own; NOT_FOUND if none. */
    public Optional<String> channelOf(long bookingId) {
        return database.fromTransaction(session -> {
            Booking booking = session.find(Booking.class, bookingId);
            if (booking == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
            }
            return Optional.ofNullable(booking.getChannel());
        });
    }

    /** The prepayment stored with a booking, if any. */
    public Optional<Prepayment> prepaymentOf(long bookingId) {
        return database.fromTransaction(session -> Optional.ofNullable(session.find(Booking.class, bookingId))
                .map(Booking::getPrepayment));
    }

    /** get_active_order_booking_info: one booking with all its fields, whatever its status. */
    public BookingInfo getActiveBookingInfo(long bookingId) {
        return database.fromTransaction(session -> BookingInfos.load(session, List.of(bookingId)).stream()
                .findFirst()
                .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId)));
    }

    /**
     * modify_booking_time: same master and services, a new date and time. A step of a visit takes its visit along:
     * every step moves by as much (decision 0036).
     */
    public void modifyBookingTime(long bookingId, LocalDate newDate, LocalTime newTime) {
        Optional<VisitLinks.Link> link = VisitLinks.of(database, bookingId);
        if (link.isPresent() && newDate != null && newTime != null) {
            LocalDateTime first = link.get().firstStepAfter(newDate.atTime(newTime));
            visits.move(link.get().visitId(), first.toLocalDate(), first.toLocalTime());
            return;
        }
        moves.modifyTime(bookingId, newDate, newTime);
    }

    /** Moves a booking to another master (who must provide all its services) and/or time. */
    public void moveBooking(long bookingId, long masterId, LocalDate newDate, LocalTime newTime) {
        currentStaff.requireFor(Act.BOOKINGS, masterId);
        moves.move(bookingId, masterId, newDate, newTime);
    }

    /** cancel_booking: the booking becomes CANCELLED (nothing is deleted) and its time is free at once. */
    public void cancelBooking(long branchId, long bookingId) {
        cancelBooking(branchId, bookingId, null);
    }

    /** Cancels with a reason the desk recorded; a step of a visit cancels the visit (split it off first). */
    public void cancelBooking(long branchId, long bookingId, String reason) {
        Optional<VisitLinks.Link> link = VisitLinks.of(database, bookingId);
        if (link.isPresent() && link.get().branchId() == branchId) {
            visits.cancel(link.get().visitId(), reason);
            return;
        }
        statuses.cancel(branchId, bookingId, reason);
    }

    /** Creates a booking for a client typed in at the desk: found by phone, or created with the booking. */
    public BookingInfo createBooking(BookingRequest request, NewClient newClient) {
        return creation.create(forWhom(request), Require.present(newClient, "field.client")).booking();
    }

    /**
     * Creates an online booking for the client with this phone (created if new) and tells whether it is new or an
     * earlier booking its idempotency key answered; the key's other request is refused (IDEMPOTENCY_MISMATCH).
     */
    public CreatedBooking createOnlineBooking(BookingRequest request, NewClient newClient) {
        return creation.create(forWhom(request), Require.present(newClient, "field.client"));
    }

    /** Takes back a cancellation: the booking returns to {@code status} if its time is still free. */
    public void reinstateBooking(long bookingId, BookingStatus status) {
        moves.reinstate(bookingId, status);
    }

    /** Replaces the booking's note; blank removes it. */
    public void updateNote(long bookingId, String note) {
        notes.updateNote(bookingId, note);
    }

    /** Sets a custom field of the booking (key → value); a blank value removes it. */
    public void setCustomField(long bookingId, String key, String value) {
        notes.setCustomField(bookingId, key, value);
    }

    /** Moves a booking along the pipeline (confirm, arrived, completed, no-show, cancel); answers the status before. */
    public BookingStatus changeStatus(long bookingId, BookingStatus status, String reason) {
        return statuses.changeStatus(bookingId, status, reason);
    }

    /**
     * Completes a booking at its checkout, inside the checkout's guarded transaction (issue 17): ARRIVED, or CONFIRMED
     * when she is served at once; refused for any other status. Answers the booking's branch.
     */
    public long completeForCheckout(GuardedWrite write, long bookingId) throws SQLException {
        return statuses.completeIn(write, bookingId);
    }

    /**
     * Takes back a status step made at the desk (its undo): the booking, still {@code from}, returns to {@code back}
     * (NEW, CONFIRMED or ARRIVED); from a no-show only if its time is still free.
     */
    public void stepBack(long bookingId, BookingStatus from, BookingStatus back) {
        statuses.stepBack(bookingId, from, back);
    }

    /**
     * create_booking_by_name: books the service with this title (case and spaces ignored) with any free master.
     * Without {@code branchId} the title must be unique across branches.
     */
    public BookingInfo createBookingByName(String serviceName, LocalDate date, LocalTime time, Long branchId,
                                           long clientId) {
        String title = Require.text(serviceName, "field.serviceName");
        List<SalonService> matches = database.fromTransaction(session -> session.createQuery("""
                        select s from SalonService s join Branch b on b.id = s.branchId
                        where lower(trim(s.title)) = :title and s.active = true and b.active = true
                        and (:branch is null or s.branchId = :branch) order by s.id""", SalonService.class)
                .setParameter("title", title.toLowerCase(Locale.ROOT))
                .setParameter("branch", branchId)
                .getResultList());
        if (matches.isEmpty()) {
            if (branchId != null) {
                database.withConnection(connection -> availability.reading(connection, branchId).branch());
            }
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.nameNotFound", title);
        }
        if (matches.size() > 1) {
            throw new SalonDeskException(ErrorCode.AMBIGUOUS_NAME, "error.service.ambiguous", title, matches.size());
        }
        SalonService service = matches.get(0);
        return createBooking(service.getBranchId(), List.of(service.getId()), date, time, null, clientId);
    }

    /** get_info_for_booking: services with prices and the nearest free times of every branch, as text. */
    public String getInfoForBooking() {
        return digest.text();
    }

    /** Holds a slot for {@code ttl} (at most an hour); returns the hold's id to pass on to createBooking. */
    public long holdSlot(long branchId, List<Long> serviceIds, LocalDate date, LocalTime time, Long masterId,
                         Duration ttl) {
        Long master = currentStaff.masterOrOwn(Act.BOOKINGS, masterId);
        currentStaff.requireFor(Act.BOOKINGS, master);
        return holds.hold(branchId, serviceIds, date, time, master, ttl, null);
    }

    /** A lease taken through an API channel: held as {@link #holdSlot}, released or booked only through it. */
    public long holdSlotFor(String channel, long branchId, List<Long> serviceIds, LocalDate date, LocalTime time,
                            Long masterId, Duration ttl) {
        Long master = currentStaff.masterOrOwn(Act.BOOKINGS, masterId);
        currentStaff.requireFor(Act.BOOKINGS, master);
        return holds.hold(branchId, serviceIds, date, time, master, ttl, Require.text(channel, "field.channel"));
    }

    /** Releases a lease of {@code channel}; NOT_FOUND when it is gone or another channel's. */
    public void releaseLease(long holdId, String channel) {
        holds.release(holdId, channel);
    }

    /** The hold with this id, as stored (expired or not); empty when released or swept. */
    public Optional<SlotHold> hold(long holdId) {
        return database.fromTransaction(session -> Optional.ofNullable(session.find(SlotHold.class, holdId)));
    }

    /** Releases a hold; releasing one that is gone already does nothing. */
    public void releaseHold(long holdId) {
        if (currentStaff.onlyMaster(Act.BOOKINGS).isPresent()) {
            Long master = database.fromTransaction(session -> Optional.ofNullable(session.find(SlotHold.class, holdId))
                    .map(SlotHold::getMasterId).orElse(null));
            if (master != null) {
                currentStaff.requireFor(Act.BOOKINGS, master);
            }
        }
        holds.release(holdId);
    }

    /**
     * Who a new booking is for, as the signed-in role allows: on a master's desk "any master" means her, and another
     * master is refused before anything is written.
     */
    private BookingRequest forWhom(BookingRequest request) {
        if (request == null) {
            return null;
        }
        Long master = currentStaff.masterOrOwn(Act.BOOKINGS, request.masterId());
        currentStaff.requireFor(Act.BOOKINGS, master);
        return java.util.Objects.equals(master, request.masterId()) ? request : request.withMaster(master);
    }

    /** Carries out the desk's decisions for bookings a schedule change leaves outside working time. */
    public BookingConflictResolver conflictResolver() {
        return new BookingConflictResolver(moves, statuses);
    }

    /** The branch's booking settings (time zone, slot step, lead time). */
    public BranchSettings branchSettings(long branchId) {
        return database.withConnection(connection -> availability.reading(connection, branchId).branch());
    }
}
