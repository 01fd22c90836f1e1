package org.salondesk.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One master's schedule as booking rule 2 reads it: on a date, a day off means no work; otherwise a dated shift
 * (override or extra day) replaces the weekly template; breaks are cut out of whatever shift applies.
 */
public final class EmployeeSchedule {

    private final long employeeId;
    private final Map<DayOfWeek, TimeSpan> weekly;
    private final Map<LocalDate, TimeSpan> dated;
    private final Set<LocalDate> daysOff;
    private final Map<LocalDate, List<TimeSpan>> breaks;

    private EmployeeSchedule(Builder builder) {
        this.employeeId = builder.employeeId;
        this.weekly = builder.weekly.isEmpty() ? Map.of() : new EnumMap<>(builder.weekly);
        this.dated = Map.copyOf(builder.dated);
        this.daysOff = Set.copyOf(builder.daysOff);
        Map<LocalDate, List<TimeSpan>> copy = new HashMap<>();
        builder.breaks.forEach((date, spans) -> copy.put(date, List.copyOf(spans)));
        this.breaks = copy;
    }

    public static Builder builder(long employeeId) {
        return new Builder(employeeId);
    }

    public long employeeId() {
        return employeeId;
    }

    /** The working time on {@code date}, or empty when the master does not work that day. */
    public Optional<WorkingDay> workingDay(LocalDate date) {
        if (daysOff.contains(date)) {
            return Optional.empty();
        }
        TimeSpan shift = dated.get(date);
        if (shift == null) {
            shift = weekly.get(date.getDayOfWeek());
        }
        if (shift == null) {
            return Optional.empty();
        }
        return Optional.of(new WorkingDay(shift, breaks.getOrDefault(date, List.of())));
    }

    public boolean isDayOff(LocalDate date) {
        return daysOff.contains(date);
    }

    /** Breaks recorded on a date, whether or not the master works that day. */
    public List<TimeSpan> breaksOn(LocalDate date) {
        return breaks.getOrDefault(date, List.of());
    }

    /** Assembles a schedule row by row, as the loader reads them. */
    public static final class Builder {
        private final long employeeId;
        private final Map<DayOfWeek, TimeSpan> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, TimeSpan> dated = new HashMap<>();
        private final Set<LocalDate> daysOff = new HashSet<>();
        private final Map<LocalDate, List<TimeSpan>> breaks = new HashMap<>();

        private Builder(long employeeId) {
            this.employeeId = employeeId;
        }

        public Builder weekly(DayOfWeek day, TimeSpan shift) {
            weekly.put(day, shift);
            return this;
        }

        public Builder dated(LocalDate date, TimeSpan shift) {
            dated.put(date, shift);
            return this;
        }

        public Builder dayOff(LocalDate date) {
            daysOff.add(date);
            return this;
        }

        public Builder pause(LocalDate date, TimeSpan span) {
            breaks.computeIfAbsent(date, d -> new ArrayList<>()).add(span);
            return this;
        }

        public EmployeeSchedule build() {
            return new EmployeeSchedule(this);
        }
    }
}
