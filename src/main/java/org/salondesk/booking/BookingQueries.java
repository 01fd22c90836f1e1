package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salondesk.persistence.Database;

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
}
