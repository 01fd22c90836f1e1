package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.CatalogRows;
import org.salondesk.guard.AvailabilityGuard;

/**
 * Schedules made by copying: the branch's default hours, one master's template given to others, one concrete week
 * repeated forward. Each is all or nothing, and refused when it would leave bookings outside working time.
 */
final class ScheduleCopies {

    private final AvailabilityGuard guard;
    private final ConflictFinder finder;
    private final CurrentStaff currentStaff;

    ScheduleCopies(AvailabilityGuard guard, ConflictFinder finder, CurrentStaff currentStaff) {
        this.guard = guard;
        this.finder = finder;
        this.currentStaff = currentStaff;
    }

    /** Gives a (new) master the branch's default hours on every weekday of her template. */
    void giveDefaultHours(long masterId) {
        currentStaff.require(Act.SCHEDULES_EDIT);
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            Session session = write.session();
            Branch branch = CatalogRows.branch(session, CatalogRows.master(session, masterId).getBranchId());
            for (DayOfWeek day : DayOfWeek.values()) {
                ScheduleWrites.write(session, new ScheduleChange.Weekly(masterId, day, branch.getDefaultShiftStart(),
                        branch.getDefaultShiftEnd()));
            }
            finder.refuse(write, masterId);
            return null;
        });
    }

    /** Gives other masters the same weekly template as {@code fromMaster} (all or nothing). */
    void copyWeekTemplate(long fromMaster, Collection<Long> toMasters) {
        currentStaff.require(Act.SCHEDULES_EDIT);
        Require.notEmpty(toMasters, "field.masters");
        guard.writeCatalog(write -> {
            write.lock(toMasters);
            Session session = write.session();
            CatalogRows.master(session, fromMaster);
            for (Long target : toMasters) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    WeeklyShift source = ScheduleWrites.weekly(session, fromMaster, day);
                    ScheduleWrites.write(session, new ScheduleChange.Weekly(target, day,
                            source == null ? null : source.getStartTime(), source == null ? null : source.getEndTime()));
                }
                finder.refuse(write, target);
            }
            return null;
        });
    }

    /**
     * Repeats one concrete week of a master (Monday {@code weekStart} to Sunday) on the {@code weeks} weeks after it,
     * as shifts on dates and days off, so that those weeks look exactly like it whatever the template says.
     */
    void copyWeekForward(long masterId, LocalDate weekStart, int weeks) {
        currentStaff.require(Act.SCHEDULES_EDIT);
        Require.present(weekStart, "field.date");
        Require.that(weekStart.getDayOfWeek() == DayOfWeek.MONDAY, "error.schedule.notMonday", weekStart);
        Require.that(weeks > 0 && weeks <= 52, "error.schedule.weeks", weeks);
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            Session session = write.session();
            long branch = CatalogRows.master(session, masterId).getBranchId();
            MasterSchedule schedule = write.schedules(branch, weekStart, weekStart.plusDays(6)).get(masterId);
            for (int day = 0; day < 7; day++) {
                LocalDate source = weekStart.plusDays(day);
                Optional<WorkingDay> working = schedule == null ? Optional.empty() : schedule.workingDay(source);
                for (int week = 1; week <= weeks; week++) {
                    LocalDate target = source.plusWeeks(week);
                    if (working.isPresent()) {
                        TimeSpan shift = working.get().shift();
                        DayOff off = ScheduleWrites.dayOff(session, masterId, target);
                        if (off != null) {
                            session.remove(off);
                        }
                        ScheduleWrites.write(session, new ScheduleChange.OnDate(masterId, target,
                                shift.startTime(), shift.endTime()));
                    } else {
                        ScheduleWrites.write(session, new ScheduleChange.DaysOff(masterId, target, target, null));
                    }
                }
            }
            finder.refuse(write, masterId);
            return null;
        });
    }
}
