package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.hibernate.Session;
import org.salondesk.Require;
import org.salondesk.availability.SlotGrid;
import org.salondesk.catalog.CatalogRows;
import org.salondesk.catalog.MasterService;
import org.salondesk.catalog.Master;

/** Writes one {@link ScheduleChange} in the caller's session, after checking what it says. */
final class ScheduleWrites {

    /** The longest range of days off in one go (a long leave is still under a year). */
    static final int MAX_DAYS_OFF = 366;

    private ScheduleWrites() {
    }

    /** Checks a change before anything is written: times in order and on the 5-minute step, ranges sane. */
    static void check(ScheduleChange change) {
        Require.present(change, "field.change");
        if (change instanceof ScheduleChange.DaysOff off) {
            Require.present(off.from(), "field.date");
            LocalDate to = off.to() == null ? off.from() : off.to();
            Require.that(!to.isBefore(off.from()), "error.schedule.rangeBackwards", off.from(), to);
            Require.that(off.from().plusDays(MAX_DAYS_OFF).isAfter(to), "error.schedule.rangeTooLong",
                    MAX_DAYS_OFF);
            Require.optionalText(off.reason(), DayOff.REASON);
        } else if (change instanceof ScheduleChange.OneBreak pause) {
            Require.present(pause.date(), "field.date");
            requireHours(pause.start(), pause.end());
        } else if (change instanceof ScheduleChange.RecurringBreakChange pause) {
            Require.present(pause.from(), "field.date");
            requireHours(pause.start(), pause.end());
            Require.that(pause.to() == null || !pause.to().isBefore(pause.from()), "error.schedule.rangeBackwards",
                    pause.from(), pause.to());
        } else if (change instanceof ScheduleChange.Weekly weekly) {
            Require.present(weekly.day(), "field.weekday");
            requireHoursOrNone(weekly.start(), weekly.end());
        } else if (change instanceof ScheduleChange.OnDate onDate) {
            Require.present(onDate.date(), "field.date");
            requireHoursOrNone(onDate.start(), onDate.end());
        } else if (change instanceof ScheduleChange.Rotation rotation) {
            Require.present(rotation.anchor(), "field.date");
            Require.that(rotation.daysOn() > 0 && rotation.daysOff() >= 0
                    && rotation.daysOn() + rotation.daysOff() <= 60, "error.schedule.rotation");
            requireHours(rotation.start(), rotation.end());
            Require.that(rotation.validTo() == null || !rotation.validTo().isBefore(rotation.anchor()),
                    "error.schedule.rangeBackwards", rotation.anchor(), rotation.validTo());
        }
    }

    /**
     * Writes the change; returns the id of the row it inserted (a break, a recurring break, a rotation), taken from
     * that insert, or null for a change that adds no such row.
     */
    static Long write(Session session, ScheduleChange change) {
        Master master = CatalogRows.master(session, change.masterId());
        long id = master.getId();
        Long inserted = null;
        if (change instanceof ScheduleChange.DaysOff off) {
            LocalDate to = off.to() == null ? off.from() : off.to();
            for (LocalDate date = off.from(); !date.isAfter(to); date = date.plusDays(1)) {
                if (dayOff(session, id, date) == null) {
                    session.persist(new DayOff(id, date, Require.optionalText(off.reason())));
                }
            }
        } else if (change instanceof ScheduleChange.OneBreak pause) {
            MasterBreak added = new MasterBreak(id, pause.date(), pause.start(), pause.end());
            session.persist(added);
            inserted = added.getId();
        } else if (change instanceof ScheduleChange.RecurringBreakChange pause) {
            RecurringBreak added = new RecurringBreak(id, pause.start(), pause.end(), pause.weekdays(), pause.from(),
                    pause.to());
            session.persist(added);
            inserted = added.getId();
        } else if (change instanceof ScheduleChange.Weekly weekly) {
            WeeklyShift shift = weekly(session, id, weekly.day());
            if (weekly.start() == null) {
                if (shift != null) {
                    session.remove(shift);
                }
                } else if (shift == null) {
                session.persist(new WeeklyShift(id, weekly.day(), weekly.start(), weekly.end()));
            } else {
                shift.setHours(weekly.start(), weekly.end());
            }
        } else if (change instanceof ScheduleChange.OnDate onDate) {
            DatedShift shift = dated(session, id, onDate.date());
            if (onDate.start() == null) {
                if (shift != null) {
                    session.remove(shift);
                }
                } else if (shift == null) {
                session.persist(new DatedShift(id, onDate.date(), onDate.start(), onDate.end()));
            } else {
                shift.setHours(onDate.start(), onDate.end());
            }
        } else if (change instanceof ScheduleChange.Rotation rotation) {
            RotationPattern added = new RotationPattern(id, rotation.anchor(), rotation.daysOn(), rotation.daysOff(),
                    rotation.start(), rotation.end(), rotation.validTo());
            session.persist(added);
            inserted = added.getId();
        } else if (change instanceof ScheduleChange.Deactivate) {
            MasterService.deactivate(session, id);
        }
        session.flush();
        return inserted;
    }

    /** Start before end, both on the 5-minute booking step, so that every slot grid lines up with the shift. */
    static void requireHours(LocalTime start, LocalTime end) {
        Require.present(start, "field.start");
        Require.present(end, "field.end");
        Require.that(end.isAfter(start), "error.hours.endBeforeStart", start, end);
        Require.that(onStep(start) && onStep(end), "error.hours.offStep", SlotGrid.BOOKING_STEP_MINUTES);
    }

    private static void requireHoursOrNone(LocalTime start, LocalTime end) {
        if (start != null || end != null) {
            requireHours(start, end);
        }
    }

    private static boolean onStep(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % SlotGrid.BOOKING_STEP_MINUTES == 0;
    }

    static WeeklyShift weekly(Session session, long masterId, DayOfWeek day) {
        return session.createQuery("from WeeklyShift w where w.masterId = :e and w.dayOfWeek = :d", WeeklyShift.class)
                .setParameter("e", masterId).setParameter("d", day)
                .getResultStream().findFirst().orElse(null);
    }

    static DatedShift dated(Session session, long masterId, LocalDate date) {
        return session.createQuery("from DatedShift s where s.masterId = :e and s.workDate = :d", DatedShift.class)
                .setParameter("e", masterId).setParameter("d", date)
                .getResultStream().findFirst().orElse(null);
    }

    static DayOff dayOff(Session session, long masterId, LocalDate date) {
        return session.createQuery("from DayOff o where o.masterId = :e and o.date = :d", DayOff.class)
                .setParameter("e", masterId).setParameter("d", date)
                .getResultStream().findFirst().orElse(null);
    }
}
