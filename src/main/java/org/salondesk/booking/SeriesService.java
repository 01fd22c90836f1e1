package org.salondesk.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.SeriesOccurrence;
import org.salondesk.availability.SeriesRule;
import org.salondesk.client.Client;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * Repeating visits (decision 0036): the desk previews every occurrence's availability, replaces or drops the ones
 * that do not fit, and books the series at once; it is moved or cancelled as a whole or from one occurrence on.
 */
public final class SeriesService {

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final BookingHistory history;
    private final BookingStatusChanges statuses;
    private final BookingMoves moves;

    SeriesService(Database database, AvailabilityService availability, AvailabilityGuard guard,
                  CurrentStaff currentStaff, BookingHistory history, BookingStatusChanges statuses,
                  BookingMoves moves) {
        this.database = database;
        this.availability = availability;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.history = history;
        this.statuses = statuses;
        this.moves = moves;
    }

    /** Every occurrence of the rule from {@code first} at {@code time}: free or not, with alternatives. */
    public List<SeriesOccurrence> preview(long branchId, List<Long> serviceIds, Long masterId, SeriesRule rule,
                                          LocalDate first, LocalTime time) {
        Long master = currentStaff.masterOrOwn(Act.BOOKINGS, masterId);
        currentStaff.requireFor(Act.BOOKINGS, master);
        return availability.seriesPreview(branchId, serviceIds, master, rule, first, time);
    }

    /**
     * Books the occurrences the desk chose (each date with its time, the previewed or an alternative), in one
     * transaction: all of them or none, a taken one named in the refusal.
     */
    public VisitBooked book(long branchId, List<Long> serviceIds, Long masterId, SeriesRule rule,
                            List<LocalDateTime> occurrences, long clientId, String note) {
        return book(branchId, serviceIds, masterId, rule, occurrences, ClientToBook.known(clientId), note);
    }

    /** The same, for a client known or created with the series (nothing is left of her when it is refused). */
    public VisitBooked book(long branchId, List<Long> serviceIds, Long masterId, SeriesRule rule,
                            List<LocalDateTime> occurrences, ClientToBook forWhom, String note) {
        Require.present(forWhom, "field.client");
        Long master = currentStaff.masterOrOwn(Act.BOOKINGS, masterId);
        currentStaff.requireFor(Act.BOOKINGS, master);
        Require.present(rule, "field.series");
        Require.notEmpty(occurrences, "field.occurrences");
        Require.that(occurrences.size() <= SeriesRule.MAX_OCCURRENCES, "error.series.count",
                SeriesRule.MAX_OCCURRENCES);
        List<LocalDateTime> sorted = new ArrayList<>(occurrences);
        sorted.sort(null);
        for (LocalDateTime occurrence : sorted) {
            SlotChecks.requireOnGrid(occurrence.toLocalTime());
        }
        rule.check(sorted.get(0).toLocalDate());
        String checkedNote = Require.optionalText(note, BookingTexts.NOTE);
        return guard.write(write -> {
            Session session = write.session();
            BookableServices asked = write.reading(branchId).resolve(serviceIds, master);
            write.lock(asked.offers().stream().map(MasterOffer::masterId).toList());
            availability.requireNotPast(sorted.get(0).toLocalDate(), asked.branch());
            Client client = forWhom.in(session, availability.instant());
            BookableServices locked = BookingLocks.lockedOffers(write, branchId, serviceIds, master);
            BookingLocks.lockResourcesIfNeeded(write, locked);
            long seriesId = insertSeries(write.connection(), branchId, rule);
            List<Long> ids = new ArrayList<>();
            for (LocalDateTime occurrence : sorted) {
                LocalDate date = occurrence.toLocalDate();
                FreeTime free = write.time(branchId, date, date);
                MasterOffer offer;
                try {
                    offer = SlotChecks.chooseOffer(free, locked, master, date, occurrence.toLocalTime());
                } catch (SalonDeskException refused) {
                    throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.series.occurrenceTaken", date,
                            occurrence.toLocalTime());
                }
                Booking booking = NewBookings.of(session, database, locked, offer, branchId, client.getId(), date,
                        occurrence.toLocalTime(), BookingStatus.CONFIRMED, BookingSource.DESK,
                        availability.instant(), currentStaff.id());
                booking.setNote(checkedNote);
                booking.link(null, seriesId);
                NewBookings.save(write, history, booking, offer);
                ids.add(booking.getId());
            }
            return new VisitBooked(seriesId, ids);
        });
    }

    /** Cancels the occurrences still ahead from {@code from} on (the whole series: its first date). */
    public int cancel(long seriesId, LocalDate from, String reason) {
        Require.present(from, "field.date");
        Require.optionalText(reason, BookingTexts.CANCEL_REASON);
        return guard.write(write -> {
            List<Booking> ahead = lockedAhead(write, seriesId, from);
            for (Booking booking : ahead) {
                statuses.cancelLocked(write.session(), booking, reason);
            }
            return ahead.size();
        });
    }

    /** Moves the occurrences still ahead from {@code from} on to {@code time} on their own dates; all or none. */
    public int move(long seriesId, LocalDate from, LocalTime time) {
        Require.present(from, "field.date");
        SlotChecks.requireOnGrid(time);
        return guard.write(write -> {
            List<Booking> ahead = lockedAhead(write, seriesId, from);
            for (Booking booking : ahead) {
                try {
                    moves.moveIn(write, booking.getId(), null, booking.getDate(), time);
                } catch (SalonDeskException refused) {
                    throw new SalonDeskException(refused.code(), "error.series.occurrenceTaken", booking.getDate(),
                            time);
                }
            }
            return ahead.size();
        });
    }

    /** The series' bookings, by date. */
    public List<BookingInfo> bookings(long seriesId) {
        return database.fromTransaction(session -> BookingInfos.load(session, Database.withConnection(session,
                connection -> ids(connection, seriesId, LocalDate.MIN))));
    }

    /** The series' NEW and CONFIRMED bookings from {@code from} on, their masters locked first, by date. */
    private List<Booking> lockedAhead(GuardedWrite write, long seriesId, LocalDate from) throws SQLException {
        List<Long> all = ids(write.connection(), seriesId, LocalDate.MIN);
        if (all.isEmpty()) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.series.notFound", seriesId);
        }
        List<Booking> ahead = new ArrayList<>();
        for (Booking booking : BookingLocks.lockedBookings(write, ids(write.connection(), seriesId, from))) {
            BookingLocks.owned(booking, currentStaff);
            if (booking.getStatus() == BookingStatus.NEW || booking.getStatus() == BookingStatus.CONFIRMED) {
                ahead.add(booking);
            }
        }
        return ahead;
    }

    private static List<Long> ids(Connection connection, long seriesId, LocalDate from) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from booking where series_id = ?"
                + " and booking_date >= ? order by booking_date, start_time, id")) {
            select.setLong(1, seriesId);
            select.setObject(2, from.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : from);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private long insertSeries(Connection connection, long branchId, SeriesRule rule) throws SQLException {
        int mask = 0;
        for (DayOfWeek day : rule.weekdays()) {
            mask |= 1 << (day.getValue() - 1);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into booking_series (branch_id,"
                + " interval_weeks, weekday_mask, until_date, occurrences, created_at) values (?, ?, ?, ?, ?, ?)",
                new String[]{"id"})) {
            insert.setLong(1, branchId);
            insert.setInt(2, rule.intervalWeeks());
            insert.setInt(3, mask);
            insert.setObject(4, rule.until());
            insert.setObject(5, rule.count());
            insert.setObject(6, OffsetDateTime.ofInstant(availability.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
