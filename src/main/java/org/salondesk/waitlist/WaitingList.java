package org.salondesk.waitlist;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.TextLimit;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BranchSettings;
import org.salondesk.availability.SlotGrid;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;
import org.salondesk.persistence.Database;

/**
 * The waiting list (decision 0035): entries added (checked, or refused with nothing written), listed, cancelled and
 * marked booked; entries whose range has ended expire, lazily on every read and on the desk's timer. Which entries have
 * free time now is {@link WaitlistMatching}'s, through the one availability engine.
 */
public final class WaitingList {

    public static final TextLimit NOTE = new TextLimit("fieldName.note", 500);
    /** The longest range of dates an entry may wait for, so that matching stays a few reads per entry. */
    public static final int MAX_DAYS = 92;

    private final Database database;
    private final AvailabilityService availability;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    public WaitingList(Database database, AvailabilityService availability, Clock clock, CurrentStaff currentStaff) {
        this.database = database;
        this.availability = availability;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** Adds an entry at the desk; its id. */
    public long add(WaitlistForm form) {
        currentStaff.require(Act.WAITING_LIST);
        String note = checked(form);
        return database.fromTransaction(session -> Database.withConnection(session, connection ->
                insert(connection, form, note, WaitlistEntry.DESK, currentStaff.id())));
    }

    /**
     * Adds an entry that came through the booking server with the API key {@code channel} (the key is its right to,
     * whoever works the desk): for the client with this phone, created if new; the form's client id is not read.
     */
    public long addOnline(WaitlistForm form, NewClient client, String channel) {
        Require.present(client, "field.client");
        Require.text(channel, "field.channel");
        String note = checked(form);
        return database.fromTransaction(session -> {
            long clientId = ClientService.findOrCreate(session, client, clock.instant()).getId();
            session.flush();
            WaitlistForm hers = new WaitlistForm(form.branchId(), clientId, form.serviceIds(), form.masterId(),
                    form.dateFrom(), form.dateTo(), form.timeFrom(), form.timeTo(), form.note());
            return Database.withConnection(session, connection -> insert(connection, hers, note, channel, null));
        });
    }

    /**
     * The checks that need no database: dates and times present, in order and on the 5-minute marks, the range not
     * too long; the note trimmed.
     */
    private static String checked(WaitlistForm form) {
        Require.present(form, "field.request");
        Require.present(form.dateFrom(), "field.date");
        Require.present(form.dateTo(), "field.date");
        Require.present(form.timeFrom(), "field.start");
        Require.present(form.timeTo(), "field.end");
        String note = Require.optionalText(form.note(), NOTE);
        onTheGrid(form.timeFrom());
        onTheGrid(form.timeTo());
        Require.that(form.timeFrom().isBefore(form.timeTo()), "error.waitlist.times", form.timeFrom(),
                form.timeTo());
        Require.that(!form.dateFrom().isAfter(form.dateTo()), "error.waitlist.dates", form.dateFrom(),
                form.dateTo());
        Require.that(!form.dateFrom().plusDays(MAX_DAYS - 1L).isBefore(form.dateTo()), "error.waitlist.tooLong",
                MAX_DAYS);
        return note;
    }

    /**
     * Inserts the entry once the availability engine takes its services and master (the branch's, the master doing
     * them all), its range is not over, and its client exists and is not blocked.
     */
    private long insert(Connection connection, WaitlistForm form, String note, String channel, Long by)
            throws SQLException {
        BranchSettings branch = availability.reading(connection, form.branchId())
                .resolve(form.serviceIds(), form.masterId()).branch();
        availability.requireNotPast(form.dateTo(), branch);
        WaitlistRows.ClientFacts client = WaitlistRows.client(connection, form.clientId()).orElseThrow(() ->
                new SalonDeskException(ErrorCode.NOT_FOUND, "error.client.notFound", form.clientId()));
        if (client.blocked()) {
            throw new SalonDeskException(ErrorCode.CLIENT_BLOCKED, "error.client.blocked", client.name(),
                    client.blockedReason() == null ? "" : client.blockedReason());
        }
        return WaitlistRows.insert(connection, form, note, clock.instant(), by, channel);
    }

    private static void onTheGrid(LocalTime time) {
        Require.that(time.getSecond() == 0 && time.getNano() == 0
                        && time.getMinute() % SlotGrid.BOOKING_STEP_MINUTES == 0,
                "error.time.offGrid", time, SlotGrid.BOOKING_STEP_MINUTES);
    }

    /** The branch's entries in these statuses (all when none given), the earliest wanted first; expired ones first. */
    public List<WaitlistEntry> list(long branchId, WaitlistStatus... statuses) {
        currentStaff.require(Act.WAITING_LIST);
        List<WaitlistStatus> wanted = statuses.length == 0 ? List.of(WaitlistStatus.values()) : List.of(statuses);
        return database.withConnection(connection -> {
            WaitlistRows.expire(connection, branchId, today(connection, branchId));
            return WaitlistRows.ofBranch(connection, branchId, wanted);
        });
    }

    /** One entry as it is now. */
    public WaitlistEntry get(long entryId) {
        currentStaff.require(Act.WAITING_LIST);
        return database.withConnection(connection -> WaitlistRows.byId(connection, entryId).stream().findFirst())
                .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.waitlist.notFound", entryId));
    }

    /** Takes back an open entry; refused with ILLEGAL_STATE once it is booked, cancelled or expired. */
    public void cancel(long entryId) {
        currentStaff.require(Act.WAITING_LIST);
        moveOpen(entryId, WaitlistStatus.CANCELLED, null);
    }

    /** The client was booked ({@code bookingId}) for an open entry: BOOKED. */
    public void markBooked(long entryId, long bookingId) {
        currentStaff.require(Act.WAITING_LIST);
        moveOpen(entryId, WaitlistStatus.BOOKED, bookingId);
    }

    private void moveOpen(long entryId, WaitlistStatus to, Long bookingId) {
        database.inTransaction(session -> Database.withConnection(session, connection -> {
            WaitlistEntry entry = WaitlistRows.byId(connection, entryId).stream().findFirst().orElseThrow(() ->
                    new SalonDeskException(ErrorCode.NOT_FOUND, "error.waitlist.notFound", entryId));
            if (!WaitlistRows.move(connection, entryId, List.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED), to,
                    bookingId)) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.waitlist.closed", entry.clientName(),
                        entry.status().text());
            }
            return null;
        }));
    }

    /** Expires the open entries of every branch whose range has ended (the desk's timer); how many. */
    public int expire() {
        return database.withConnection(connection -> {
            int expired = 0;
            for (long branchId : WaitlistRows.branchesWaiting(connection)) {
                expired += WaitlistRows.expire(connection, branchId, today(connection, branchId));
            }
            return expired;
        });
    }

    private LocalDate today(Connection connection, long branchId) throws SQLException {
        return availability.today(availability.reading(connection, branchId).branch());
    }
}
