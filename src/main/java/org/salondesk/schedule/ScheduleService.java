package org.salondesk.schedule;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.TimeSpan;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * Masters' working time: the weekly template, rotating patterns, shifts on dates, days off, breaks (one-off and
 * recurring). A change that would leave bookings outside working time is never silent: {@link #conflicts} shows
 * them, and {@link #apply} makes the change only with a decision (keep, move, cancel) for each. Every change goes
 * through the {@link AvailabilityGuard}, so it decides on the bookings that are really there under the master's lock.
 */
public final class ScheduleService {

    private final Database database;
    private final AvailabilityGuard guard;
    private final ConflictFinder finder = new ConflictFinder();
    private final ConflictResolver resolver;
    private final CurrentStaff currentStaff;
    private final ScheduleCopies copies;

    public ScheduleService(Database database, AvailabilityGuard guard, ConflictResolver resolver,
                           CurrentStaff currentStaff) {
        this.database = database;
        this.guard = guard;
        this.resolver = resolver;
        this.currentStaff = currentStaff;
        this.copies = new ScheduleCopies(guard, finder, currentStaff);
    }

    /** The bookings the change would leave outside working time; nothing is written. */
    public List<BookingConflict> conflicts(ScheduleChange change) {
        ScheduleWrites.check(change);
        // The bookings it names (clients and phones) are for whoever may make the change.
        requireRights(change, Map.of());
        return guard.write(write -> {
            write.lock(List.of(change.masterId()));
            ScheduleWrites.write(write.session(), change);
            List<BookingConflict> found = findFor(write, change);
            write.undoWrites();
            return found;
        });
    }

    /**
     * Makes the change and carries out the decision for each booking it leaves outside working time, all in one
     * transaction. A booking without a decision refuses the whole change (SCHEDULE_CONFLICT); a move that is not
     * possible refuses it too; either way nothing is written.
     */
    public void apply(ScheduleChange change, Map<Long, ConflictDecision> decisions) {
        apply(change, decisions, "error.schedule.conflicts");
    }

    /**
     * As {@link #apply}, for a change the caller has looked at with {@link #conflicts} and decided on: a booking
     * without a decision was made (or moved there) since, so the change is refused with "look again".
     */
    public void applyAfterPreview(ScheduleChange change, Map<Long, ConflictDecision> decisions) {
        apply(change, decisions, "error.schedule.madeMeanwhile");
    }

    /** Returns the id of the row the change inserted, from that insert (null when it inserts none). */
    private Long apply(ScheduleChange change, Map<Long, ConflictDecision> decisions, String undecidedKey) {
        ScheduleWrites.check(change);
        Map<Long, ConflictDecision> chosen = decisions == null ? Map.of() : decisions;
        requireRights(change, chosen);
        boolean onlyFreeTime = change instanceof ScheduleChange.OneBreak
                && currentStaff.onlyMaster(Act.OWN_TIME).isPresent();
        Set<Long> masters = new TreeSet<>();
        masters.add(change.masterId());
        chosen.values().stream().filter(ConflictDecision.Move.class::isInstance)
                .map(move -> ((ConflictDecision.Move) move).masterId()).forEach(masters::add);
        return guard.writeCatalog(write -> {
            write.lock(masters);
            if (onlyFreeTime) {
                refuseCoveredBookings(write, (ScheduleChange.OneBreak) change);
            }
            Long inserted = ScheduleWrites.write(write.session(), change);
            List<BookingConflict> conflicts = findFor(write, change);
            List<BookingConflict> undecided = conflicts.stream()
                    .filter(conflict -> !chosen.containsKey(conflict.bookingId())).toList();
            if (!undecided.isEmpty()) {
                throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, undecidedKey, undecided.size(),
                        undecided.get(0).number(), undecided.get(0).date(), undecided.get(0).start());
            }
            for (BookingConflict conflict : conflicts) {
                resolver.resolve(write, conflict, chosen.get(conflict.bookingId()));
            }
            return inserted;
        });
    }

    /**
     * Refuses a change the signed-in role may not make: days off and one-off breaks are a master's own time, every
     * other change is the schedules' (the admin's); moving a booking to another master is a booking of hers.
     */
    private void requireRights(ScheduleChange change, Map<Long, ConflictDecision> decisions) {
        Act act = change instanceof ScheduleChange.DaysOff || change instanceof ScheduleChange.OneBreak ? Act.OWN_TIME
                : change instanceof ScheduleChange.Deactivate ? Act.CATALOGUE_EDIT : Act.SCHEDULES_EDIT;
        currentStaff.requireFor(act, change.masterId());
        decisions.values().stream().filter(ConflictDecision.Move.class::isInstance)
                .forEach(move -> currentStaff.requireFor(Act.BOOKINGS, ((ConflictDecision.Move) move).masterId()));
    }

    /** A master takes a break only where she has no bookings; what to do with them is the desk's call. */
    private void refuseCoveredBookings(GuardedWrite write, ScheduleChange.OneBreak pause) {
        ScheduleWrites.requireHours(pause.start(), pause.end());
        List<ConflictFinder.Covered> covered = finder.covered(write, pause.masterId(), pause.date(), pause.start(),
                pause.end());
        if (!covered.isEmpty()) {
            throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.schedule.breakOverBookings",
                    covered.size(), covered.get(0).number(), covered.get(0).start());
        }
    }

    private List<BookingConflict> findFor(GuardedWrite write, ScheduleChange change) throws SQLException {
        return finder.find(write, change.masterId(), change instanceof ScheduleChange.Deactivate);
    }

    /** Sets (or replaces) the master's hours on a weekday of the weekly template. */
    public void setWeeklyShift(long masterId, DayOfWeek day, LocalTime start, LocalTime end) {
        ScheduleWrites.requireHours(start, end);
        apply(new ScheduleChange.Weekly(masterId, day, start, end), Map.of());
    }

    /** The master no longer works on this weekday (of the template). */
    public void clearWeeklyShift(long masterId, DayOfWeek day) {
        apply(new ScheduleChange.Weekly(masterId, day, null, null), Map.of());
    }

    /** Sets the master's hours on one date, replacing the weekly template there (an override or an extra day). */
    public void setDatedShift(long masterId, LocalDate date, LocalTime start, LocalTime end) {
        ScheduleWrites.requireHours(start, end);
        apply(new ScheduleChange.OnDate(masterId, date, start, end), Map.of());
    }

    /** Removes the hours set on a date: the template (or pattern) applies there again. */
    public void clearDatedShift(long masterId, LocalDate date) {
        apply(new ScheduleChange.OnDate(masterId, date, null, null), Map.of());
    }

    /** Gives the master a day off; a second day off on the same date changes nothing. */
    public void addDayOff(long masterId, LocalDate date) {
        addDayOff(masterId, date, null);
    }

    public void addDayOff(long masterId, LocalDate date, String reason) {
        apply(new ScheduleChange.DaysOff(masterId, date, date, reason), Map.of());
    }

    /** Days off from {@code from} to {@code to}, both included (a vacation, a sick leave), with a reason. */
    public void addDaysOff(long masterId, LocalDate from, LocalDate to, String reason) {
        apply(new ScheduleChange.DaysOff(masterId, from, to, reason), Map.of());
    }

    public void removeDayOff(long masterId, LocalDate date) {
        currentStaff.requireFor(Act.OWN_TIME, masterId);
        Require.present(date, "field.date");
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            DayOff dayOff = ScheduleWrites.dayOff(write.session(), masterId, date);
            if (dayOff != null) {
                write.session().remove(dayOff);
            }
            return null;
        });
    }

    /** Adds a break on a date; returns its id. */
    public long addBreak(long masterId, LocalDate date, LocalTime start, LocalTime end) {
        return added(new ScheduleChange.OneBreak(masterId, date, start, end));
    }

    /**
     * Several breaks on one date at once (a master ticks several free steps of her day): all are added, or none when
     * one is refused (over a booking, outside her hours).
     */
    public void addBreaks(long masterId, LocalDate date, List<TimeSpan> spans) {
        Require.notEmpty(spans, "field.breaks");
        List<ScheduleChange.OneBreak> pauses = spans.stream().map(span -> new ScheduleChange.OneBreak(masterId, date,
                span.startTime(), span.endTime())).toList();
        pauses.forEach(pause -> {
            ScheduleWrites.check(pause);
            requireRights(pause, Map.of());
        });
        boolean onlyFreeTime = currentStaff.onlyMaster(Act.OWN_TIME).isPresent();
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            for (ScheduleChange.OneBreak pause : pauses) {
                if (onlyFreeTime) {
                    refuseCoveredBookings(write, pause);
                }
                ScheduleWrites.write(write.session(), pause);
            }
            finder.refuse(write, masterId);
            return null;
        });
    }

    public void removeBreak(long breakId) {
        guard.writeCatalog(write -> {
            MasterBreak pause = write.session().find(MasterBreak.class, breakId);
            if (pause == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.break.notFound", breakId);
            }
            currentStaff.requireFor(Act.OWN_TIME, pause.getMasterId());
            write.lock(List.of(pause.getMasterId()));
            write.session().remove(pause);
            return null;
        });
    }

    /** A break on the master's working days (of {@code weekdays}; empty: every day) from a date on; its id. */
    public long addRecurringBreak(long masterId, LocalTime start, LocalTime end, Set<DayOfWeek> weekdays,
                                  LocalDate from, LocalDate to) {
        return added(new ScheduleChange.RecurringBreakChange(masterId, start, end, weekdays, from, to));
    }

    public void removeRecurringBreak(long recurringBreakId) {
        guard.writeCatalog(write -> {
            RecurringBreak pause = write.session().find(RecurringBreak.class, recurringBreakId);
            if (pause == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.break.notFound", recurringBreakId);
            }
            currentStaff.require(Act.SCHEDULES_EDIT);
            write.lock(List.of(pause.getMasterId()));
            write.session().remove(pause);
            return null;
        });
    }

    /** A rotating pattern (two on, two off ...) from {@code anchor}; it replaces the template while valid. */
    public long setRotation(long masterId, LocalDate anchor, int daysOn, int daysOff, LocalTime start, LocalTime end,
                            LocalDate validTo) {
        return added(new ScheduleChange.Rotation(masterId, anchor, daysOn, daysOff, start, end, validTo));
    }

    /** Removes a rotating pattern; refused while bookings depend on its working days (see {@link #apply}). */
    public void removeRotation(long rotationId) {
        guard.writeCatalog(write -> {
            Session session = write.session();
            RotationPattern rotation = session.find(RotationPattern.class, rotationId);
            if (rotation == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.schedule.rotationNotFound", rotationId);
            }
            currentStaff.require(Act.SCHEDULES_EDIT);
            write.lock(List.of(rotation.getMasterId()));
            session.remove(rotation);
            finder.refuse(write, rotation.getMasterId());
            return null;
        });
    }

    /** Gives a (new) master the branch's default hours on every weekday of her template. */
    public void giveDefaultHours(long masterId) {
        copies.giveDefaultHours(masterId);
    }

    /** Gives other masters the same weekly template as {@code fromMaster} (all or nothing). */
    public void copyWeekTemplate(long fromMaster, Collection<Long> toMasters) {
        copies.copyWeekTemplate(fromMaster, toMasters);
    }

    /** Repeats one concrete week of a master on the {@code weeks} weeks after it (see {@link ScheduleCopies}). */
    public void copyWeekForward(long masterId, LocalDate weekStart, int weeks) {
        copies.copyWeekForward(masterId, weekStart, weeks);
    }

    /** Applies a change that adds one row; its id comes from the insert, in the change's own transaction. */
    private long added(ScheduleChange change) {
        return apply(change, Map.of(), "error.schedule.conflicts");
    }

    /** Every rotating pattern of a master, latest first. */
    public List<RotationRow> rotations(long masterId) {
        currentStaff.requireFor(Act.SCHEDULES_READ, masterId);
        return database.fromTransaction(session -> session.createSelectionQuery("from RotationPattern r"
                        + " where r.masterId = :e order by r.anchorDate desc", RotationPattern.class)
                .setParameter("e", masterId).getResultList().stream().map(RotationRow::of).toList());
    }

    /** Every recurring break of a master. */
    public List<RecurringBreakRow> recurringBreaks(long masterId) {
        currentStaff.requireFor(Act.SCHEDULES_READ, masterId);
        return database.fromTransaction(session -> session.createSelectionQuery("from RecurringBreak r"
                        + " where r.masterId = :e order by r.validFrom, r.startTime", RecurringBreak.class)
                .setParameter("e", masterId).getResultList().stream().map(RecurringBreakRow::of).toList());
    }

    /** The master's days off from {@code from} on, in date order. */
    public List<DayOffRow> daysOff(long masterId, LocalDate from) {
        currentStaff.requireFor(Act.SCHEDULES_READ, masterId);
        return database.fromTransaction(session -> session.createSelectionQuery("from DayOff o"
                        + " where o.masterId = :e and o.date >= :from order by o.date", DayOff.class)
                .setParameter("e", masterId).setParameter("from", from)
                .getResultList().stream().map(DayOffRow::of).toList());
    }

    /** The master's one-off breaks from {@code from} on. */
    public List<BreakRow> breaks(long masterId, LocalDate from) {
        currentStaff.requireFor(Act.SCHEDULES_READ, masterId);
        return database.fromTransaction(session -> session.createSelectionQuery("from MasterBreak b"
                        + " where b.masterId = :e and b.date >= :from order by b.date, b.startTime",
                        MasterBreak.class)
                .setParameter("e", masterId).setParameter("from", from)
                .getResultList().stream().map(BreakRow::of).toList());
    }

    /** The master's weekly template, by weekday (weekdays she does not work are missing). */
    public List<WeeklyShiftRow> weeklyTemplate(long masterId) {
        currentStaff.requireFor(Act.SCHEDULES_READ, masterId);
        return database.fromTransaction(session -> session.createSelectionQuery("from WeeklyShift w"
                        + " where w.masterId = :e order by w.dayOfWeek", WeeklyShift.class)
                .setParameter("e", masterId).getResultList().stream().map(WeeklyShiftRow::of).toList());
    }

    /** Shifts set on dates from {@code from} on. */
    public List<DatedShiftRow> datedShifts(long masterId, LocalDate from) {
        currentStaff.requireFor(Act.SCHEDULES_READ, masterId);
        return database.fromTransaction(session -> session.createSelectionQuery("from DatedShift s"
                        + " where s.masterId = :e and s.workDate >= :from order by s.workDate", DatedShift.class)
                .setParameter("e", masterId).setParameter("from", from)
                .getResultList().stream().map(DatedShiftRow::of).toList());
    }
}
