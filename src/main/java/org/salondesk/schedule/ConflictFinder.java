package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.booking.BookingStatus;
import org.salondesk.catalog.Employee;
import org.salondesk.persistence.Database;

/**
 * Finds the bookings still ahead (new, confirmed, or the client is in the chair) that a master's schedule, as the
 * session now has it, leaves outside working time. Bookings the desk already kept outside on purpose do not count.
 */
final class ConflictFinder {

    private final AvailabilityService availability;

    ConflictFinder(AvailabilityService availability) {
        this.availability = availability;
    }

    /** Conflicts of one master; with {@code deactivated}, every booking ahead of her is one. */
    List<BookingConflict> find(Session session, long employeeId, boolean deactivated) {
        Employee employee = session.find(Employee.class, employeeId);
        // The change is not committed: raise the version so that availability reads the schedule anew, in here.
        Database.raiseCatalogVersion(session);
        AvailabilityReading reading = Database.withConnection(session,
                connection -> availability.reading(connection, employee.getBranchId()));
        LocalDate today = availability.today(reading.branch());
        EmployeeSchedule schedule = reading.schedules().get(employeeId);
        List<Object[]> rows = session.createSelectionQuery("""
                        select b.id, b.number, b.date, b.startTime, b.durationMinutes, c.name, c.surname, c.phone
                        from Booking b join Client c on c.id = b.clientId
                        where b.employeeId = :employee and b.date >= :today and b.status in (:ahead)
                        and b.outsideWorkingTime = false order by b.date, b.startTime""", Object[].class)
                .setParameter("employee", employeeId)
                .setParameter("today", today)
                .setParameter("ahead", List.of(BookingStatus.NEW, BookingStatus.CONFIRMED, BookingStatus.ARRIVED))
                .getResultList();
        List<BookingConflict> conflicts = new ArrayList<>();
        Map<Long, String> services = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate date = (LocalDate) row[2];
            LocalTime start = (LocalTime) row[3];
            int minutes = (Integer) row[4];
            if (!deactivated && inside(schedule, date, start, minutes)) {
                continue;
            }
            long id = (Long) row[0];
            services.computeIfAbsent(id, booking -> titles(session, booking));
            String surname = (String) row[6];
            conflicts.add(new BookingConflict(id, (Long) row[1], employeeId, date, start, start.plusMinutes(minutes),
                    surname == null ? (String) row[5] : row[5] + " " + surname, (String) row[7], services.get(id)));
        }
        return conflicts;
    }

    private static boolean inside(EmployeeSchedule schedule, LocalDate date, LocalTime start, int minutes) {
        Optional<WorkingDay> day = schedule == null ? Optional.empty() : schedule.workingDay(date);
        int from = TimeSpan.minuteOfDay(start);
        return day.isPresent() && from + minutes <= TimeSpan.MINUTES_PER_DAY
                && day.get().covers(new TimeSpan(from, from + minutes));
    }

    private static String titles(Session session, long bookingId) {
        return String.join(", ", session.createSelectionQuery("select s.title from Booking b join b.services s"
                        + " where b.id = :id order by s.lineNo", String.class)
                .setParameter("id", bookingId).getResultList());
    }
}
