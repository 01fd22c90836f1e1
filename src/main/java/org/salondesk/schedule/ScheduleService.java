package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.SlotGrid;
import org.salondesk.catalog.CatalogService;
import org.salondesk.persistence.Database;

/** Masters' working time: the weekly template, shifts on dates, days off and breaks. */
public final class ScheduleService {

    private final Database database;

    public ScheduleService(Database database) {
        this.database = database;
    }

    /** Sets (or replaces) the master's hours on a weekday of the weekly template. */
    public void setWeeklyShift(long employeeId, DayOfWeek day, LocalTime start, LocalTime end) {
        Require.present(day, "field.weekday");
        requireHours(start, end);
        database.inCatalogTransaction(session -> {
            CatalogService.employee(session, employeeId);
            WeeklyShift shift = weekly(session, employeeId, day);
            if (shift == null) {
                session.persist(new WeeklyShift(employeeId, day, start, end));
            } else {
                shift.setHours(start, end);
            }
        });
    }

    /** The master no longer works on this weekday (of the template). */
    public void clearWeeklyShift(long employeeId, DayOfWeek day) {
        Require.present(day, "field.weekday");
        database.inCatalogTransaction(session -> {
            CatalogService.employee(session, employeeId);
            WeeklyShift shift = weekly(session, employeeId, day);
            if (shift != null) {
                session.remove(shift);
            }
        });
    }

    /** Sets the master's hours on one date, replacing the weekly template there (an override or an extra day). */
    public void setDatedShift(long employeeId, LocalDate date, LocalTime start, LocalTime end) {
        Require.present(date, "field.date");
        requireHours(start, end);
        database.inCatalogTransaction(session -> {
            CatalogService.employee(session, employeeId);
            DatedShift shift = dated(session, employeeId, date);
            if (shift == null) {
                session.persist(new DatedShift(employeeId, date, start, end));
            } else {
                shift.setHours(start, end);
            }
        });
    }

    public void clearDatedShift(long employeeId, LocalDate date) {
        Require.present(date, "field.date");
        database.inCatalogTransaction(session -> {
            DatedShift shift = dated(session, employeeId, date);
            if (shift != null) {
                session.remove(shift);
            }
        });
    }

    /** Gives the master a day off; a second day off on the same date changes nothing. */
    public void addDayOff(long employeeId, LocalDate date) {
        addDayOff(employeeId, date, null);
    }

    public void addDayOff(long employeeId, LocalDate date, String reason) {
        Require.present(date, "field.date");
        database.inCatalogTransaction(session -> {
            CatalogService.employee(session, employeeId);
            if (dayOff(session, employeeId, date) == null) {
                session.persist(new DayOff(employeeId, date, Require.optionalText(reason)));
            }
        });
    }

    public void removeDayOff(long employeeId, LocalDate date) {
        Require.present(date, "field.date");
        database.inCatalogTransaction(session -> {
            DayOff dayOff = dayOff(session, employeeId, date);
            if (dayOff != null) {
                session.remove(dayOff);
            }
        });
    }

    /** Adds a break on a date; returns its id. */
    public long addBreak(long employeeId, LocalDate date, LocalTime start, LocalTime end) {
        Require.present(date, "field.date");
        requireHours(start, end);
        return database.fromCatalogTransaction(session -> {
            CatalogService.employee(session, employeeId);
            EmployeeBreak pause = new EmployeeBreak(employeeId, date, start, end);
            session.persist(pause);
            session.flush();
            return pause.getId();
        });
    }

    public void removeBreak(long breakId) {
        database.inCatalogTransaction(session -> {
            EmployeeBreak pause = session.find(EmployeeBreak.class, breakId);
            if (pause == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.break.notFound", breakId);
            }
            session.remove(pause);
        });
    }

    /** Start before end, both on the 5-minute booking step, so that every slot grid lines up with the shift. */
    static void requireHours(LocalTime start, LocalTime end) {
        Require.present(start, "field.start");
        Require.present(end, "field.end");
        Require.that(end.isAfter(start), "error.hours.endBeforeStart", start, end);
        Require.that(onStep(start) && onStep(end), "error.hours.offStep", SlotGrid.BOOKING_STEP_MINUTES);
    }

    private static boolean onStep(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % SlotGrid.BOOKING_STEP_MINUTES == 0;
    }

    private static WeeklyShift weekly(Session session, long employeeId, DayOfWeek day) {
        return session.createQuery("from WeeklyShift w where w.employeeId = :e and w.dayOfWeek = :d", WeeklyShift.class)
                .setParameter("e", employeeId).setParameter("d", day)
                .getResultStream().findFirst().orElse(null);
    }

    private static DatedShift dated(Session session, long employeeId, LocalDate date) {
        return session.createQuery("from DatedShift s where s.employeeId = :e and s.workDate = :d", DatedShift.class)
                .setParameter("e", employeeId).setParameter("d", date)
                .getResultStream().findFirst().orElse(null);
    }

    private static DayOff dayOff(Session session, long employeeId, LocalDate date) {
        return session.createQuery("from DayOff o where o.employeeId = :e and o.date = :d", DayOff.class)
                .setParameter("e", employeeId).setParameter("d", date)
                .getResultStream().findFirst().orElse(null);
    }
}
