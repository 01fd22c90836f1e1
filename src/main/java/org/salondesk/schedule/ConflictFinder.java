package org.salondesk.schedule;

import java.sql.SQLException;
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
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.Occupation;
import org.salondesk.availability.TimeSpan;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.catalog.CatalogRows;

/**
 * Finds the bookings still ahead (new, confirmed, or the client is in the chair) that a master's schedule, as the
 * guarded transaction now has it, leaves outside working time. Bookings the desk already kept outside on purpose do
 * not count. The master is locked, so what it finds is what is there: no booking can be made meanwhile.
 */
final class ConflictFinder {

    /** Refuses the change the transaction has made (SCHEDULE_CONFLICT) when it leaves bookings of the master out. */
    void refuse(GuardedWrite write, long masterId) throws SQLException {
        List<BookingConflict> conflicts = find(write, masterId, false);
        if (!conflicts.isEmpty()) {
            throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, "error.schedule.conflicts", conflicts.size(),
                    conflicts.get(0).number(), conflicts.get(0).date(), conflicts.get(0).start());
        }
    }

    /** The booking of a row as availability sees it, with its processing window (a break may fall in it). */
    private static Occupation processing(long masterId, Object[] row) {
        TimeSpan span = TimeSpan.starting((LocalTime) row[3], (Integer) row[4]);
        int from = span.start() + (Integer) row[8];
        return Occupation.booking((Long) row[0], masterId, (LocalDate) row[2], span, (BookingStatus) row[10])
                .with(new TimeSpan(from, from + (Integer) row[9]), List.of());
    }

    /** Conflicts of one master; with {@code deactivated}, every booking ahead of her is one. */
    List<BookingConflict> find(GuardedWrite write, long masterId, boolean deactivated) throws SQLException {
        Session session = write.session();
        session.flush();
        long branch = CatalogRows.master(session, masterId).getBranchId();
        LocalDate today = write.today(branch);
        List<Object[]> rows = session.createSelectionQuery("""
                        select b.id, b.number, b.date, b.startTime, b.durationMinutes, c.name, c.surname, c.phone,
                        b.plan.processingFromMinutes, b.plan.processingMinutes, b.status
                        from Booking b join Client c on c.id = b.clientId
                        where b.masterId = :employee and b.date >= :today and b.status in (:ahead)
                        and b.outsideWorkingTime = false order by b.date, b.startTime""", Object[].class)
                .setParameter("employee", masterId)
                .setParameter("today", today)
                .setParameter("ahead", List.of(BookingStatus.NEW, BookingStatus.CONFIRMED, BookingStatus.ARRIVED))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        FreeTime time = write.workingTime(branch, today, (LocalDate) rows.get(rows.size() - 1)[2]);
        List<BookingConflict> conflicts = new ArrayList<>();
        Map<Long, String> services = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate date = (LocalDate) row[2];
            LocalTime start = (LocalTime) row[3];
            int minutes = (Integer) row[4];
            if (!deactivated && (time.insideWorkingTime(masterId, date, start, minutes)
                    || (Integer) row[9] > 0 && time.insideWorkingTime(processing(masterId, row)))) {
                continue;
            }
            long id = (Long) row[0];
            services.computeIfAbsent(id, booking -> titles(session, booking));
            String surname = (String) row[6];
            conflicts.add(new BookingConflict(id, (Long) row[1], masterId, date, start, start.plusMinutes(minutes),
                    surname == null ? (String) row[5] : row[5] + " " + surname, (String) row[7], services.get(id)));
        }
        return conflicts;
    }

    /** A booking a master's own break would cover: its number and start, for the refusal. */
    record Covered(long number, LocalTime start) {
    }

    /**
     * Her bookings still ahead on {@code date} that the time from {@code start} to {@code end} would cover: a master
     * puts her own break only in free time. Asked before anything is written, so a refusal uses up no id.
     */
    List<Covered> covered(GuardedWrite write, long masterId, LocalDate date, LocalTime start, LocalTime end) {
        return write.session().createSelectionQuery("""
                        select b.number, b.startTime, b.durationMinutes from Booking b
                        where b.masterId = :employee and b.date = :date and b.status in (:ahead)
                        order by b.startTime""", Object[].class)
                .setParameter("employee", masterId)
                .setParameter("date", date)
                .setParameter("ahead", List.of(BookingStatus.NEW, BookingStatus.CONFIRMED, BookingStatus.ARRIVED))
                .getResultList().stream()
                .filter(row -> ((LocalTime) row[1]).isBefore(end)
                        && ((LocalTime) row[1]).plusMinutes((Integer) row[2]).isAfter(start))
                .map(row -> new Covered((Long) row[0], (LocalTime) row[1])).toList();
    }

    private static String titles(Session session, long bookingId) {
        return String.join(", ", session.createSelectionQuery("select s.title from Booking b join b.services s"
                        + " where b.id = :id order by s.lineNo", String.class)
                .setParameter("id", bookingId).getResultList());
    }
}
