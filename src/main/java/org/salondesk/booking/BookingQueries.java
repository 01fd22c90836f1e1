package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.catalog.Employee;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;
import org.salondesk.staff.StaffUser;

/** Read-only views of bookings for the screens, each in a couple of queries (never one query per booking). */
public final class BookingQueries {

    private final Database database;

    public BookingQueries(Database database) {
        this.database = database;
    }

    /** The bookings of a branch on dates [from, to], cancelled ones too, by date and start. */
    public List<BookingSummary> forCalendar(long branchId, LocalDate from, LocalDate to) {
        return database.fromTransaction(session -> {
            List<Object[]> rows = session.createQuery("""
                            select b.id, b.number, b.employeeId, b.date, b.startTime, b.durationMinutes, b.status,
                                   b.source, c.id, c.name, c.surname, c.phone, b.totalCost, b.note,
                                   b.outsideWorkingTime
                            from Booking b join Client c on c.id = b.clientId
                            where b.branchId = :branch and b.date between :from and :to
                            order by b.date, b.startTime, b.id""", Object[].class)
                    .setParameter("branch", branchId)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
            Map<Long, StringBuilder> services = new HashMap<>();
            session.createQuery("""
                            select b.id, s.title from Booking b join b.services s
                            where b.branchId = :branch and b.date between :from and :to
                            order by b.id, s.lineNo""", Object[].class)
                    .setParameter("branch", branchId)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList()
                    .forEach(row -> {
                        StringBuilder titles = services.computeIfAbsent((Long) row[0], id -> new StringBuilder());
                        titles.append(titles.isEmpty() ? "" : ", ").append((String) row[1]);
                    });
            List<BookingSummary> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long id = (Long) row[0];
                String surname = (String) row[10];
                String clientName = surname == null || surname.isBlank() ? (String) row[9] : row[9] + " " + surname;
                StringBuilder titles = services.get(id);
                result.add(new BookingSummary(id, (Long) row[1], branchId, (Long) row[2], (LocalDate) row[3],
                        (LocalTime) row[4], (Integer) row[5], (BookingStatus) row[6], (BookingSource) row[7],
                        (Long) row[8], clientName, (String) row[11], titles == null ? "" : titles.toString(),
                        (BigDecimal) row[12], (String) row[13], (Boolean) row[14]));
            }
            return result;
        });
    }

    /** One booking with everything the details pane and the request card show. */
    public BookingDetails details(long bookingId) {
        return database.fromTransaction(session -> {
            Booking booking = session.find(Booking.class, bookingId);
            if (booking == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
            }
            Client client = session.find(Client.class, booking.getClientId());
            Employee employee = session.find(Employee.class, booking.getEmployeeId());
            List<BookingDetails.Line> lines = booking.getServices().stream()
                    .map(line -> new BookingDetails.Line(line.getServiceId(), line.getTitle(), line.getPrice(),
                            line.getDurationMinutes()))
                    .toList();
            return new BookingDetails(booking.getId(), booking.getNumber(), booking.getBranchId(),
                    booking.getEmployeeId(), employee.getName(), booking.getDate(), booking.getStartTime(),
                    booking.getDurationMinutes(), booking.getStatus(), booking.getSource(), client.getId(),
                    client.getFullName(), client.getPhone(), lines, booking.getTotalCost(), booking.getNote(),
                    booking.getCancelReason(), Map.copyOf(booking.getCustomFields()), booking.getCreatedAt(),
                    staffName(session, booking.getCreatedBy()), booking.getUpdatedAt(),
                    staffName(session, booking.getUpdatedBy()), booking.getVersion());
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
                .map(row -> new HistoryLine((Instant) row[0], (String) row[1], (BookingEvent.Kind) row[2],
                        (String) row[3], (String) row[4]))
                .toList());
    }

    /** One change of a booking, for the request card; {@code staff} is null for changes SalonDesk made itself. */
    public record HistoryLine(Instant at, String staff, BookingEvent.Kind kind, String before, String after) {
    }

    private static String staffName(Session session, Long staffUserId) {
        if (staffUserId == null) {
            return null;
        }
        StaffUser user = session.find(StaffUser.class, staffUserId);
        return user == null ? null : user.getDisplayName();
    }
}
