package org.salondesk.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookedService;
import org.salondesk.booking.Booking;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.SlotHold;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.ProvidedService;
import org.salondesk.catalog.SalonService;
import org.salondesk.persistence.Database;

/**
 * Builds a salon on a desk in a few lines, and does through Hibernate what the desk has no API for yet (a branch's
 * lead time, a master's own price and duration, bookings in any status, holds). Counts rows to prove a refused call
 * wrote nothing.
 */
public final class TestSalon {

    // Phones must be unique per database; a process-wide counter keeps them so across tests sharing one desk.
    private static final AtomicInteger PHONES = new AtomicInteger(1_000_000);

    private final SalonDesk desk;

    public TestSalon(SalonDesk desk) {
        this.desk = desk;
    }

    public SalonDesk desk() {
        return desk;
    }

    private Database database() {
        return DeskInternals.database(desk);
    }

    public long branch(String name) {
        return desk.branches().createBranch(name, name + ", ул. Ленина, 1");
    }

    public long service(long branchId, String title, int minutes, String price) {
        return desk.serviceCatalog().createService(branchId, null, title, null, new BigDecimal(price), minutes);
    }

    /** A master who works {@code start}–{@code end} on every weekday and provides {@code services}. */
    public long master(long branchId, String name, LocalTime start, LocalTime end, Long... services) {
        long id = desk.masters().createMaster(branchId, name, null, null);
        if (services.length > 0) {
            desk.provisions().assignServices(id, List.of(services));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(id, day, start, end);
        }
        return id;
    }

    public long client(String name) {
        return desk.clients().createClient(name, null, "+7 916 " + PHONES.getAndIncrement());
    }

    public void setLeadMinutes(long branchId, int minutes) {
        database().inCatalogTransaction(session -> session.find(Branch.class, branchId).setMinLeadMinutes(minutes));
    }

    public void setSlotInterval(long branchId, int minutes) {
        database().inCatalogTransaction(session -> session.find(Branch.class, branchId).setSlotIntervalMinutes(minutes));
    }

    public void setBranchActive(long branchId, boolean active) {
        database().inCatalogTransaction(session -> session.find(Branch.class, branchId).setActive(active));
    }

    /** The master's own price and/or duration for a service she provides (null keeps the catalogue's). */
    public void override(long masterId, long serviceId, String price, Integer minutes) {
        database().inCatalogTransaction(session -> {
            ProvidedService provision = session.find(ProvidedService.class,
                    new ProvidedService.Key(masterId, serviceId));
            provision.setPrice(price == null ? null : new BigDecimal(price));
            provision.setDurationMinutes(minutes);
        });
    }

    /**
     * A booking written straight to the database, in any status and at any time (no rule is checked), taking the
     * service's catalogue price and the given length.
     */
    public long insertBooking(long branchId, long masterId, long clientId, long serviceId, LocalDate date,
                              LocalTime start, int minutes, BookingStatus status) {
        return insertBooking(branchId, masterId, clientId, serviceId, date, start, minutes, status, false);
    }

    /**
     * As {@link #insertBooking}, for a booking that overlaps another of its master: one kept from before the database
     * refused overlaps (decision 0011), the only way such a booking can still exist.
     */
    public long insertKeptOverlap(long branchId, long masterId, long clientId, long serviceId, LocalDate date,
                                  LocalTime start, int minutes, BookingStatus status) {
        return insertBooking(branchId, masterId, clientId, serviceId, date, start, minutes, status, true);
    }

    private long insertBooking(long branchId, long masterId, long clientId, long serviceId, LocalDate date,
                               LocalTime start, int minutes, BookingStatus status, boolean overlapKept) {
        return database().fromTransaction(session -> {
            SalonService service = session.find(SalonService.class, serviceId);
            Booking booking = new Booking(database().nextBookingNumber(session), branchId, masterId, clientId,
                    date, start, List.of(new BookedService(1, serviceId, service.getTitle(), service.getPrice(),
                    minutes)), status, BookingSource.DESK, Instant.EPOCH, null);
            booking.setOverlapKept(overlapKept);
            session.persist(booking);
            session.flush();
            return booking.getId();
        });
    }

    /** A hold written straight to the database, expiring {@code ttl} after {@code now} (negative: already gone). */
    public long insertHold(long branchId, long masterId, List<Long> serviceIds, LocalDate date, LocalTime start,
                           int minutes, Instant now, Duration ttl) {
        return database().fromTransaction(session -> {
            SlotHold hold = new SlotHold(branchId, masterId, date, start, minutes, serviceIds, now, now.plus(ttl));
            session.persist(hold);
            session.flush();
            return hold.getId();
        });
    }

    /** Rows in the tables a booking call may write. */
    public record Rows(long bookings, long bookedServices, long holds) {
    }

    public Rows rows() {
        return new Rows(count("booking"), count("booked_service"), count("slot_hold"));
    }

    /**
     * Every row of the tables a booking call may write, as text: equal snapshots before and after a call prove it
     * wrote nothing, neither an insert nor an update.
     */
    public List<String> snapshot() {
        List<String> result = new ArrayList<>();
        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : List.of("booking", "booked_service", "slot_hold", "booking_custom_field",
                    "booking_event", "client")) {
                try (ResultSet rows = statement.executeQuery("select * from " + table + " order by 1, 2")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(rows.getString(i));
                        }
                        result.add(row.toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    public long count(String sql) {
        String query = sql.contains(" ") ? sql : "select count(*) from " + sql;
        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** The status of a booking as stored. */
    public BookingStatus status(long bookingId) {
        return database().fromTransaction(session -> session.find(Booking.class, bookingId).getStatus());
    }
}
