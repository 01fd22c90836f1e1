package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.CatalogService;
import org.salondesk.persistence.Database;

/**
 * Masters' working time: the weekly template, rotating patterns, shifts on dates, days off, breaks (one-off and
 * recurring). A change that would leave bookings outside working time is never silent: {@link #conflicts} shows
 * them, and {@link #apply} makes the change only with a decision (keep, move, cancel) for each.
 */
public final class ScheduleService {

    private final Database database;
    private final AvailabilityService availability;
    private final ConflictFinder finder;
    private final ConflictResolver resolver;

    public ScheduleService(Database database, AvailabilityService availability, ConflictResolver resolver) {
        this.database = database;
        this.availability = availability;
        this.finder = new ConflictFinder(availability);
        this.resolver = resolver;
    }

    /** The bookings the change would leave outside working time; nothing is written. */
    public List<BookingConflict> conflicts(ScheduleChange change) {
        ScheduleWrites.check(change);
        try {
            database.inCatalogTransaction(session -> {
                ScheduleWrites.write(session, change);
                throw new Preview(findFor(session, change));
            });
        } catch (Preview preview) {
            return preview.conflicts;
        }
        throw new IllegalStateException("a preview always rolls back");
    }

    /**
     * Makes the change and carries out the decision for each booking it leaves outside working time, all in one
     * transaction. A booking without a decision refuses the whole change (SCHEDULE_CONFLICT); a move that is not
     * possible refuses it too; either way nothing is written.
     */
    public void apply(ScheduleChange change, Map<Long, ConflictDecision> decisions) {
        ScheduleWrites.check(change);
        Map<Long, ConflictDecision> chosen = decisions == null ? Map.of() : decisions;
        database.inCatalogTransaction(session -> {
            ScheduleWrites.write(session, change);
            List<BookingConflict> conflicts = findFor(session, change);
            List<BookingConflict> undecided = conflicts.stream()
                    .filter(conflict -> !chosen.containsKey(conflict.bookingId())).toList();
            if (!undecided.isEmpty()) {
                throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, "error.schedule.conflicts",
                        undecided.size(), undecided.get(0).number(), undecided.get(0).date(),
                        undecided.get(0).start());
            }
            for (BookingConflict conflict : conflicts) {
                resolver.resolve(session, conflict, chosen.get(conflict.bookingId()));
            }
        });
    }

    private List<BookingConflict> findFor(Session session, ScheduleChange change) {
        return finder.find(session, change.employeeId(), change instanceof ScheduleChange.Deactivate);
    }

    /** Thrown inside a preview's transaction so that it rolls back, carrying what the preview found. */
    private static final class Preview extends RuntimeException {
        private final transient List<BookingConflict> conflicts;

        Preview(List<BookingConflict> conflicts) {
            super(null, null, false, false);
            this.conflicts = conflicts;
        }
    }

    /** Sets (or replaces) the master's hours on a weekday of the weekly template. */
    public void setWeeklyShift(long employeeId, DayOfWeek day, LocalTime start, LocalTime end) {
        ScheduleWrites.requireHours(start, end);
        apply(new ScheduleChange.Weekly(employeeId, day, start, end), Map.of());
    }

    /** The master no longer works on this weekday (of the template). */
    public void clearWeeklyShift(long employeeId, DayOfWeek day) {
        apply(new ScheduleChange.Weekly(employeeId, day, null, null), Map.of());
    }

    /** Sets the master's hours on one date, replacing the weekly template there (an override or an extra day). */
    public void setDatedShift(long employeeId, LocalDate date, LocalTime start, LocalTime end) {
        ScheduleWrites.requireHours(start, end);
        apply(new ScheduleChange.OnDate(employeeId, date, start, end), Map.of());
    }

    /** Removes the hours set on a date: the template (or pattern) applies there again. */
    public void clearDatedShift(long employeeId, LocalDate date) {
        apply(new ScheduleChange.OnDate(employeeId, date, null, null), Map.of());
    }

    /** Gives the master a day off; a second day off on the same date changes nothing. */
    public void addDayOff(long employeeId, LocalDate date) {
        addDayOff(employeeId, date, null);
    }

    public void addDayOff(long employeeId, LocalDate date, String reason) {
        apply(new ScheduleChange.DaysOff(employeeId, date, date, reason), Map.of());
    }

    /** Days off from {@code from} to {@code to}, both included (a vacation, a sick leave), with a reason. */
    public void addDaysOff(long employeeId, LocalDate from, LocalDate to, String reason) {
        apply(new ScheduleChange.DaysOff(employeeId, from, to, reason), Map.of());
    }

    public void removeDayOff(long employeeId, LocalDate date) {
        Require.present(date, "field.date");
        database.inCatalogTransaction(session -> {
            DayOff dayOff = ScheduleWrites.dayOff(session, employeeId, date);
            if (dayOff != null) {
                session.remove(dayOff);
            }
        });
    }

    /** Adds a break on a date; returns its id. */
    public long addBreak(long employeeId, LocalDate date, LocalTime start, LocalTime end) {
        apply(new ScheduleChange.OneBreak(employeeId, date, start, end), Map.of());
        return database.fromTransaction(session -> session.createSelectionQuery("select max(b.id) from"
                        + " EmployeeBreak b where b.employeeId = :e and b.date = :d and b.startTime = :s", Long.class)
                .setParameter("e", employeeId).setParameter("d", date).setParameter("s", start)
                .getSingleResult());
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

    /** A break on the master's working days (of {@code weekdays}; empty: every day) from a date on; its id. */
    public long addRecurringBreak(long employeeId, LocalTime start, LocalTime end, Set<DayOfWeek> weekdays,
                                  LocalDate from, LocalDate to) {
        apply(new ScheduleChange.RecurringBreakChange(employeeId, start, end, weekdays, from, to), Map.of());
        return lastId("RecurringBreak", employeeId);
    }

    public void removeRecurringBreak(long recurringBreakId) {
        database.inCatalogTransaction(session -> {
            RecurringBreak pause = session.find(RecurringBreak.class, recurringBreakId);
            if (pause == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.break.notFound", recurringBreakId);
            }
            session.remove(pause);
        });
    }

    /** A rotating pattern (two on, two off ...) from {@code anchor}; it replaces the template while valid. */
    public long setRotation(long employeeId, LocalDate anchor, int daysOn, int daysOff, LocalTime start, LocalTime end,
                            LocalDate validTo) {
        apply(new ScheduleChange.Rotation(employeeId, anchor, daysOn, daysOff, start, end, validTo), Map.of());
        return lastId("RotationPattern", employeeId);
    }

    /** Removes a rotating pattern; refused while bookings depend on its working days (see {@link #apply}). */
    public void removeRotation(long rotationId) {
        database.inCatalogTransaction(session -> {
            RotationPattern rotation = session.find(RotationPattern.class, rotationId);
            if (rotation == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.schedule.rotationNotFound", rotationId);
            }
            session.remove(rotation);
            session.flush();
            List<BookingConflict> conflicts = finder.find(session, rotation.getEmployeeId(), false);
            if (!conflicts.isEmpty()) {
                throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, "error.schedule.conflicts",
                        conflicts.size(), conflicts.get(0).number(), conflicts.get(0).date(),
                        conflicts.get(0).start());
            }
        });
    }

    /** Gives a (new) master the branch's default hours on every weekday of her template. */
    public void giveDefaultHours(long employeeId) {
        database.inCatalogTransaction(session -> {
            Branch branch = CatalogService.branch(session, CatalogService.employee(session, employeeId).getBranchId());
            for (DayOfWeek day : DayOfWeek.values()) {
                ScheduleWrites.write(session, new ScheduleChange.Weekly(employeeId, day, branch.getDefaultShiftStart(),
                        branch.getDefaultShiftEnd()));
            }
            refuseConflicts(session, employeeId);
        });
    }

    /** Gives other masters the same weekly template as {@code fromEmployee} (all or nothing). */
    public void copyWeekTemplate(long fromEmployee, Collection<Long> toEmployees) {
        Require.notEmpty(toEmployees, "field.masters");
        database.inCatalogTransaction(session -> {
            CatalogService.employee(session, fromEmployee);
            for (Long target : toEmployees) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    WeeklyShift source = ScheduleWrites.weekly(session, fromEmployee, day);
                    ScheduleWrites.write(session, new ScheduleChange.Weekly(target, day,
                            source == null ? null : source.getStartTime(), source == null ? null : source.getEndTime()));
                }
                refuseConflicts(session, target);
            }
        });
    }

    /**
     * Repeats one concrete week of a master (Monday {@code weekStart} to Sunday) on the {@code weeks} weeks after it,
     * as shifts on dates and days off, so that those weeks look exactly like it whatever the template says.
     */
    public void copyWeekForward(long employeeId, LocalDate weekStart, int weeks) {
        Require.present(weekStart, "field.date");
        Require.that(weekStart.getDayOfWeek() == DayOfWeek.MONDAY, "error.schedule.notMonday", weekStart);
        Require.that(weeks > 0 && weeks <= 52, "error.schedule.weeks", weeks);
        database.inCatalogTransaction(session -> {
            long branch = CatalogService.employee(session, employeeId).getBranchId();
            EmployeeSchedule schedule = availability.schedules(branch, employeeId, weekStart, weekStart.plusDays(6))
                    .get(employeeId);
            for (int day = 0; day < 7; day++) {
                LocalDate source = weekStart.plusDays(day);
                Optional<WorkingDay> working = schedule == null ? Optional.empty() : schedule.workingDay(source);
                for (int week = 1; week <= weeks; week++) {
                    LocalDate target = source.plusWeeks(week);
                    if (working.isPresent()) {
                        TimeSpan shift = working.get().shift();
                        DayOff off = ScheduleWrites.dayOff(session, employeeId, target);
                        if (off != null) {
                            session.remove(off);
                        }
                        ScheduleWrites.write(session, new ScheduleChange.OnDate(employeeId, target,
                                shift.startTime(), shift.endTime()));
                    } else {
                        ScheduleWrites.write(session, new ScheduleChange.DaysOff(employeeId, target, target, null));
                    }
                }
            }
            refuseConflicts(session, employeeId);
        });
    }

    private void refuseConflicts(Session session, long employeeId) {
        List<BookingConflict> conflicts = finder.find(session, employeeId, false);
        if (!conflicts.isEmpty()) {
            throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, "error.schedule.conflicts", conflicts.size(),
                    conflicts.get(0).number(), conflicts.get(0).date(), conflicts.get(0).start());
        }
    }

    private long lastId(String entity, long employeeId) {
        return database.fromTransaction(session -> session.createSelectionQuery("select max(x.id) from " + entity
                        + " x where x.employeeId = :e", Long.class)
                .setParameter("e", employeeId).getSingleResult());
    }

    /** Every rotating pattern of a master, latest first. */
    public List<RotationPattern> rotations(long employeeId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from RotationPattern r"
                        + " where r.employeeId = :e order by r.anchorDate desc", RotationPattern.class)
                .setParameter("e", employeeId).getResultList());
    }

    /** Every recurring break of a master. */
    public List<RecurringBreak> recurringBreaks(long employeeId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from RecurringBreak r"
                        + " where r.employeeId = :e order by r.validFrom, r.startTime", RecurringBreak.class)
                .setParameter("e", employeeId).getResultList());
    }

    /** The master's days off from {@code from} on, in date order. */
    public List<DayOff> daysOff(long employeeId, LocalDate from) {
        return database.fromTransaction(session -> session.createSelectionQuery("from DayOff o"
                        + " where o.employeeId = :e and o.date >= :from order by o.date", DayOff.class)
                .setParameter("e", employeeId).setParameter("from", from).getResultList());
    }

    /** The master's one-off breaks from {@code from} on. */
    public List<EmployeeBreak> breaks(long employeeId, LocalDate from) {
        return database.fromTransaction(session -> session.createSelectionQuery("from EmployeeBreak b"
                        + " where b.employeeId = :e and b.date >= :from order by b.date, b.startTime",
                        EmployeeBreak.class)
                .setParameter("e", employeeId).setParameter("from", from).getResultList());
    }

    /** The master's weekly template, by weekday (weekdays she does not work are missing). */
    public List<WeeklyShift> weeklyTemplate(long employeeId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from WeeklyShift w"
                        + " where w.employeeId = :e order by w.dayOfWeek", WeeklyShift.class)
                .setParameter("e", employeeId).getResultList());
    }

    /** Shifts set on dates from {@code from} on. */
    public List<DatedShift> datedShifts(long employeeId, LocalDate from) {
        return database.fromTransaction(session -> session.createSelectionQuery("from DatedShift s"
                        + " where s.employeeId = :e and s.workDate >= :from order by s.workDate", DatedShift.class)
                .setParameter("e", employeeId).setParameter("from", from).getResultList());
    }
}
