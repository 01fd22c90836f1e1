package org.salondesk.schedule;

import java.util.List;

/**
 * The entity classes of the schedules (shifts, days off, breaks, rotations). The desk hands them to the database with
 * every other feature's: persistence itself knows no feature.
 */
public final class ScheduleMapping {

    public static final List<Class<?>> ENTITIES = List.of(WeeklyShift.class, DatedShift.class, DayOff.class,
            MasterBreak.class, RotationPattern.class, RecurringBreak.class);

    private ScheduleMapping() {
    }
}
