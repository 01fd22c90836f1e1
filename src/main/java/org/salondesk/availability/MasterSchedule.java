package org.salondesk.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One master's schedule as booking rule 2 reads it. On a date: a day off means no work; otherwise a shift on that date
 * (an override or an extra day) applies; otherwise a rotating pattern (two on, two off ...) valid on that date
 * decides; otherwise the weekly template. Breaks on that date and recurring breaks are cut out of the shift.
 */
public final class MasterSchedule {

    private final long masterId;
    private final Map<DayOfWeek, TimeSpan> weekly;
    private final Map<LocalDate, TimeSpan> dated;
    private final Set<LocalDate> daysOff;
    private final Map<LocalDate, List<TimeSpan>> breaks;
    private final List<Rotation> rotations;
    private final List<RecurringPause> recurring;

    /** {@code daysOn} working days then {@code daysOff} free, from {@code anchor} to {@code validTo} (null: open). */
    public record Rotation(LocalDate anchor, int daysOn, int daysOff, TimeSpan shift, LocalDate validTo) {

        boolean covers(LocalDate date) {
            return !date.isBefore(anchor) && (validTo == null || !date.isAfter(validTo));
        }

        /** The shift on {@code date}, or null on a free day of the cycle. */
        TimeSpan shiftOn(LocalDate date) {
            long day = ChronoUnit.DAYS.between(anchor, date);
            return Math.floorMod(day, daysOn + daysOff) < daysOn ? shift : null;
        }
    }

    /** A break on the working days of {@code weekdays} from {@code validFrom} to {@code validTo} (null: open). */
    public record RecurringPause(TimeSpan span, Set<DayOfWeek> weekdays, LocalDate validFrom, LocalDate validTo) {

        boolean appliesOn(LocalDate date) {
            return weekdays.contains(date.getDayOfWeek()) && !date.isBefore(validFrom)
                    && (validTo == null || !date.isAfter(validTo));
        }
    }

    private MasterSchedule(Builder builder) {
        this.masterId = builder.masterId;
        this.weekly = builder.weekly.isEmpty() ? Map.of() : new EnumMap<>(builder.weekly);
        this.dated = Map.copyOf(builder.dated);
        this.daysOff = Set.copyOf(builder.daysOff);
        Map<LocalDate, List<TimeSpan>> copy = new HashMap<>();
        builder.breaks.forEach((date, spans) -> copy.put(date, List.copyOf(spans)));
        this.breaks = copy;
        // The latest anchor wins where patterns overlap: a new pattern replaces the old one from its first day.
        List<Rotation> sorted = new ArrayList<>(builder.rotations);
        sorted.sort(Comparator.comparing(Rotation::anchor).reversed());
        this.rotations = List.copyOf(sorted);
        this.recurring = List.copyOf(builder.recurring);
    }

    public static Builder builder(long masterId) {
        return new Builder(masterId);
    }

    public long masterId() {
        return masterId;
    }

    /** The working time on {@code date}, or empty when the master does not work that day. */
    public Optional<WorkingDay> workingDay(LocalDate date) {
        if (daysOff.contains(date)) {
            return Optional.empty();
        }
        TimeSpan shift = shiftOn(date);
        if (shift == null) {
            return Optional.empty();
        }
        return Optional.of(new WorkingDay(shift, breaksOn(date)));
    }

    /**
     * Rule 2, the one place that says it: whether [start, start + minutes) lies wholly inside the working time of
     * {@code date}: within the shift (so not past midnight) and touching no break.
     */
    public boolean covers(LocalDate date, LocalTime start, int minutes) {
        int from = TimeSpan.minuteOfDay(start);
        if (minutes <= 0 || from + minutes > TimeSpan.MINUTES_PER_DAY) {
            return false;
        }
        Optional<WorkingDay> day = workingDay(date);
        return day.isPresent() && day.get().covers(new TimeSpan(from, from + minutes));
    }

    /**
     * Rule 2 with processing (decision 0033): the whole booking lies within the shift and the stretches its master
     * works touch no break; a break may fall while its client waits.
     */
    public boolean coversWork(LocalDate date, Occupation booking) {
        Optional<WorkingDay> day = workingDay(date);
        if (day.isEmpty() || !day.get().shift().contains(booking.span())) {
            return false;
        }
        return booking.masterSpans().stream().allMatch(day.get()::covers);
    }

    private TimeSpan shiftOn(LocalDate date) {
        TimeSpan shift = dated.get(date);
        if (shift != null) {
            return shift;
        }
        for (Rotation rotation : rotations) {
            if (rotation.covers(date)) {
                return rotation.shiftOn(date);
            }
        }
        return weekly.get(date.getDayOfWeek());
    }

    public boolean isDayOff(LocalDate date) {
        return daysOff.contains(date);
    }

    /** Breaks of a date: those set on it and the recurring ones that apply, whether or not she works. */
    public List<TimeSpan> breaksOn(LocalDate date) {
        List<TimeSpan> onDate = breaks.getOrDefault(date, List.of());
        if (recurring.isEmpty()) {
            return onDate;
        }
        List<TimeSpan> all = new ArrayList<>(onDate);
        for (RecurringPause pause : recurring) {
            if (pause.appliesOn(date)) {
                all.add(pause.span());
            }
        }
        return all;
    }

    /** Assembles a schedule row by row, as the loader reads them. */
    public static final class Builder {
        private final long masterId;
        private final Map<DayOfWeek, TimeSpan> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, TimeSpan> dated = new HashMap<>();
        private final Set<LocalDate> daysOff = new HashSet<>();
        private final Map<LocalDate, List<TimeSpan>> breaks = new HashMap<>();
        private final List<Rotation> rotations = new ArrayList<>();
        private final List<RecurringPause> recurring = new ArrayList<>();

        private Builder(long masterId) {
            this.masterId = masterId;
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

        public Builder rotation(Rotation rotation) {
            rotations.add(rotation);
            return this;
        }

        public Builder recurringPause(RecurringPause pause) {
            recurring.add(pause);
            return this;
        }

        public MasterSchedule build() {
            return new MasterSchedule(this);
        }
    }
}
