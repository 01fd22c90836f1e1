package org.salondesk.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.catalog.Master;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;
import org.salondesk.staff.StaffUser;

/** Read-only views of bookings for the screens, each in a couple of queries (never one query per booking). */
public final class BookingQueries {

    private final Database database;
    private final CalendarQueries calendar;
    private final ResourceUseQueries resourceUses;

    public BookingQueries(Database database) {
        this.database = database;
        this.calendar = new CalendarQueries(database);
        this.resourceUses = new ResourceUseQueries(database);
    }

    /** The bookings of a branch on dates [from, to], cancelled ones too, by date and start (plain JDBC). */
    public List<BookingSummary> forCalendar(long branchId, LocalDate from, LocalDate to) {
        return calendar.bookings(branchId, from, to);
    }

    /** Whether the database holds any branch yet, active or not; read without Hibernate, so at once at start-up. */
    public boolean anyBranch() {
        return calendar.anyBranch();
    }

    /** The active branches the calendar offers, by id; read without Hibernate, so at once at start-up. */
    public List<CompanyInfo> calendarBranches() {
        return calendar.branches();
    }

    /** The branch's active masters, the calendar's columns, by id; read without Hibernate. */
    public List<EmployeeInfo> calendarMasters(long branchId) {
        return calendar.masters(branchId);
    }

    /** The branch's active rooms, chairs, basins and equipment, the calendar's resource columns, by name (JDBC). */
    public List<CalendarResource> calendarResources(long branchId) {
        return resourceUses.resources(branchId);
    }

    /** What the bookings of a branch take of its resources on a day, in one query (plain JDBC; decision 0037). */
    public List<ResourceUseSummary> resourceUses(long branchId, LocalDate day) {
        return resourceUses.uses(branchId, day);
    }

    /** One booking with everything the details pane and the request card show. */
    public BookingDetails details(long bookingId) {
        return database.fromTransaction(session -> {
            Booking booking = session.find(Booking.class, bookingId);
            if (booking == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
            }
            Client client = session.find(Client.class, booking.getClientId());
            Master master = session.find(Master.class, booking.getMasterId());
            List<BookingDetails.Line> lines = booking.getServices().stream()
                    .map(line -> new BookingDetails.Line(line.getServiceId(), line.getTitle(), line.getPrice(),
                            line.getDurationMinutes()))
                    .toList();
            return new BookingDetails(booking.getId(), booking.getNumber(), booking.getBranchId(),
                    booking.getMasterId(), master.getName(), booking.getDate(), booking.getStartTime(),
                    booking.getDurationMinutes(), booking.getStatus(), booking.getSource(), client.getId(),
                    client.getFullName(), client.getPhone(), lines, booking.getTotalCost(), booking.getNote(),
                    booking.getCancelReason(), Map.copyOf(booking.getCustomFields()), booking.getCreatedAt(),
                    staffName(session, booking.getCreatedBy()), booking.getUpdatedAt(),
                    staffName(session, booking.getUpdatedBy()), booking.getVersion(), booking.plan());
        });
    }

    /** A booking's history, oldest first, with the names of the staff users who made each change. */
    public List<HistoryLine> history(long bookingId) {
        return database.fromTransaction(session -> session.createSelectionQuery("""
                        select ev.occurredAt, u.displayName, ev.kind, ev.oldValue, ev.newValue from BookingEvent ev
                        left join StaffUser u on u.id = ev.staffUserId
                        where ev.bookingId = :booking order by ev.occurredAt, ev.id""", Object[].class)
                .setParameter("booking", bookingId)
                .getResultList().stream()
                .map(row -> new HistoryLine((Instant) row[0], (String) row[1], (BookingChange) row[2],
                        (String) row[3], (String) row[4]))
                .toList());
    }

    /** One change of a booking, for the request card; {@code staff} is null for changes SalonDesk made itself. */
    public record HistoryLine(Instant at, String staff, BookingChange kind, String before, String after) {
    }

    private static String staffName(Session session, Long staffUserId) {
        if (staffUserId == null) {
            return null;
        }
        StaffUser user = session.find(StaffUser.class, staffUserId);
        return user == null ? null : user.getDisplayName();
    }
}
