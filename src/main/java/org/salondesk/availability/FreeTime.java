package org.salondesk.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Free time of a branch's masters over some dates, computed from their schedules and occupations alone
 * (booking rules 2–6). It is the one place where "when is who free" is answered; it does no I/O.
 */
public final class FreeTime {

    /** Why a start time is or is not bookable for a master. */
    public enum Verdict {
        FREE,
        /** Before now plus the branch's lead time. */
        TOO_EARLY,
        /** The master does not work then (no shift, day off, break, or past the shift's end). */
        OUTSIDE_WORKING_TIME,
        /** Another booking or a hold takes part of the master's time. */
        TAKEN,
        /** A room, chair or piece of equipment the services need is taken then (decision 0033). */
        RESOURCE_TAKEN,
        /** Further ahead than the branch takes bookings. */
        TOO_FAR_AHEAD
    }

    private final Map<Long, MasterSchedule> schedules;
    private final TakenTime taken;
    private final LocalDateTime earliest;
    private final LocalDate lastBookable;

    /**
     * @param occupations    bookings and holds; a resource use that comes with both lists is counted once
     * @param resourceUsers  other masters' bookings and holds that use the branch's resources: they block only those
     * @param resourceCounts how many of each resource the branch has (a resource not named has none)
     * @param daysAhead      how many days ahead, today counting as the first, may be booked (0: no limit)
     * @param ignored        occupations that do not count (the booking being moved, the hold turned into a booking)
     */
    public FreeTime(Map<Long, MasterSchedule> schedules, Collection<Occupation> occupations,
                    Collection<Occupation> resourceUsers, Map<Long, Integer> resourceCounts, Instant now,
                    ZoneId zone, int leadMinutes, int daysAhead, Collection<Occupation> ignored) {
        this.schedules = schedules;
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
        this.earliest = localNow.plusMinutes(leadMinutes);
        this.lastBookable = daysAhead <= 0 ? LocalDate.MAX : localNow.toLocalDate().plusDays(daysAhead - 1L);
        this.taken = TakenTime.of(occupations, resourceUsers, resourceCounts, now, localNow, ignored);
    }

    public FreeTime(Map<Long, MasterSchedule> schedules, Collection<Occupation> occupations, Instant now,
                    ZoneId zone, int leadMinutes, int daysAhead, Collection<Occupation> ignored) {
        this(schedules, occupations, List.of(), Map.of(), now, zone, leadMinutes, daysAhead, ignored);
    }

    public FreeTime(Map<Long, MasterSchedule> schedules, Collection<Occupation> occupations, Instant now,
                    ZoneId zone, int leadMinutes, Collection<Occupation> ignored) {
        this(schedules, occupations, now, zone, leadMinutes, 0, ignored);
    }

    public FreeTime(Map<Long, MasterSchedule> schedules, Collection<Occupation> occupations, Instant now,
                    ZoneId zone, int leadMinutes) {
        this(schedules, occupations, now, zone, leadMinutes, 0, List.of());
    }

    private FreeTime(FreeTime base, TakenTime taken) {
        this.schedules = base.schedules;
        this.earliest = base.earliest;
        this.lastBookable = base.lastBookable;
        this.taken = taken;
    }

    /**
     * This free time with bookings not yet made counted as made (the earlier steps of a visit being planned); this
     * one does not change.
     */
    public FreeTime plus(Collection<Occupation> tentative) {
        return tentative.isEmpty() ? this : new FreeTime(this, taken.plus(tentative));
    }

    /** The master's working time on a date, if she works. */
    public Optional<WorkingDay> workingDay(long masterId, LocalDate date) {
        MasterSchedule schedule = schedules.get(masterId);
        return schedule == null ? Optional.empty() : schedule.workingDay(date);
    }

    /** Free starts of one master on a date (rule 4), ascending. */
    public List<LocalTime> slots(MasterOffer offer, LocalDate date, int interval) {
        Optional<WorkingDay> day = workingDay(offer.masterId(), date);
        int notBefore = notBefore(date);
        if (day.isEmpty() || notBefore == Integer.MAX_VALUE) {
            return List.of();
        }
        if (!offer.footprint().isPlain()) {
            List<LocalTime> starts = new ArrayList<>();
            for (int t : SlotGrid.candidates(day.get().shift(), offer.durationMinutes(), interval, notBefore)) {
                if (fits(offer, date, day.get(), t) == Verdict.FREE) {
                    starts.add(TimeSpan.timeOf(t));
                }
            }
            return starts;
        }
        List<Integer> starts = SlotGrid.freeStarts(day.get(), occupied(offer.masterId(), date),
                offer.durationMinutes(), interval, notBefore);
        return starts.stream().map(TimeSpan::timeOf).toList();
    }

    /** Free starts per master, masters in the order given; masters with no free start are left out. */
    public Map<Long, List<LocalTime>> slotsByMaster(List<MasterOffer> offers, LocalDate date, int interval) {
        Map<Long, List<LocalTime>> result = new LinkedHashMap<>();
        for (MasterOffer offer : offers) {
            List<LocalTime> slots = slots(offer, date, interval);
            if (!slots.isEmpty()) {
                result.put(offer.masterId(), slots);
            }
        }
        return result;
    }

    /** The union of the masters' free starts, sorted, without duplicates (rule 4 without a master). */
    public List<LocalTime> slots(List<MasterOffer> offers, LocalDate date, int interval) {
        TreeSet<LocalTime> union = new TreeSet<>();
        for (MasterOffer offer : offers) {
            union.addAll(slots(offer, date, interval));
        }
        return List.copyOf(union);
    }

    /**
     * Every free start of the date with the master who would take it: the fair choice of rule 6 among the masters
     * free then. Sorted by time.
     */
    public List<SlotOffer> offers(List<MasterOffer> offers, LocalDate date, int interval) {
        List<SlotOffer> result = new ArrayList<>();
        for (LocalTime time : slots(offers, date, interval)) {
            pickMaster(offers, date, time).ifPresent(offer -> result.add(new SlotOffer(time, offer)));
        }
        return result;
    }

    /**
     * The offers of a date around a wanted start (a click in the calendar): the grid's offers, with the wanted start
     * added when it is free though off the grid (rule 4 checked at that very minute); when it is not free, the
     * nearest offers before and after it. A start off the booking step is never free.
     */
    public StartsAround around(List<MasterOffer> offers, LocalDate date, int interval, LocalTime wanted) {
        List<SlotOffer> grid = offers(offers, date, interval);
        boolean onStep = wanted.getSecond() == 0 && wanted.getNano() == 0
                && wanted.getMinute() % SlotGrid.BOOKING_STEP_MINUTES == 0;
        Optional<SlotOffer> chosen = onStep
                ? pickMaster(offers, date, wanted).map(offer -> new SlotOffer(wanted, offer))
                : Optional.empty();
        if (chosen.isPresent()) {
            List<SlotOffer> all = new ArrayList<>(grid);
            if (grid.stream().noneMatch(slot -> slot.time().equals(wanted))) {
                all.add(chosen.get());
                all.sort(Comparator.comparing(SlotOffer::time));
            }
            return new StartsAround(all, wanted, chosen, Optional.empty(), Optional.empty());
        }
        Optional<SlotOffer> before = grid.stream().filter(slot -> slot.time().isBefore(wanted))
                .reduce((first, second) -> second);
        Optional<SlotOffer> after = grid.stream().filter(slot -> slot.time().isAfter(wanted)).findFirst();
        return new StartsAround(grid, wanted, Optional.empty(), before, after);
    }

    /**
     * The next free times when a date has none to suit: on each of the nearest dates from {@code from} within
     * {@code days} days that has a free start, the one nearest to {@code near} (the earliest when null; of two
     * equally near, the earlier), at most {@code max} of them, by date.
     */
    public List<FreeStart> nearestFree(List<MasterOffer> offers, LocalDate from, int days, int interval,
                                       LocalTime near, int max) {
        List<FreeStart> result = new ArrayList<>();
        for (int i = 0; i < days && result.size() < max; i++) {
            LocalDate date = from.plusDays(i);
            if (!hasFreeStart(offers, date, interval)) {
                continue;
            }
            List<SlotOffer> day = offers(offers, date, interval);
            Comparator<SlotOffer> nearest = near == null ? Comparator.comparing(SlotOffer::time)
                    : Comparator.comparingInt((SlotOffer slot) -> Math.abs(TimeSpan.minuteOfDay(slot.time())
                    - TimeSpan.minuteOfDay(near))).thenComparing(SlotOffer::time);
            day.stream().min(nearest).ifPresent(slot -> result.add(new FreeStart(date, slot)));
        }
        return result;
    }

    /** Dates from {@code from} within {@code days} days that have a free start for any of the masters (rule 5). */
    public List<LocalDate> dates(List<MasterOffer> offers, LocalDate from, int days, int interval, int maxDates) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < days && dates.size() < maxDates; i++) {
            LocalDate date = from.plusDays(i);
            if (hasFreeStart(offers, date, interval)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private boolean hasFreeStart(List<MasterOffer> offers, LocalDate date, int interval) {
        int notBefore = notBefore(date);
        if (notBefore == Integer.MAX_VALUE) {
            return false;
        }
        for (MasterOffer offer : offers) {
            Optional<WorkingDay> day = workingDay(offer.masterId(), date);
            if (day.isEmpty()) {
                continue;
            }
            if (offer.footprint().isPlain() ? SlotGrid.hasFreeStart(day.get(), occupied(offer.masterId(), date),
                    offer.durationMinutes(), interval, notBefore) : firstFits(offer, date, day.get(), interval,
                    notBefore)) {
                return true;
            }
        }
        return false;
    }

    // Stops at the first candidate that fits: whether a date has any is all the dates need.
    private boolean firstFits(MasterOffer offer, LocalDate date, WorkingDay day, int interval, int notBefore) {
        for (int t : SlotGrid.candidates(day.shift(), offer.durationMinutes(), interval, notBefore)) {
            if (fits(offer, date, day, t) == Verdict.FREE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the master can take a booking of her offer's length starting at {@code start} on {@code date}. */
    public Verdict check(MasterOffer offer, LocalDate date, LocalTime start) {
        if (date.isAfter(lastBookable)) {
            return Verdict.TOO_FAR_AHEAD;
        }
        int from = TimeSpan.minuteOfDay(start);
        if (from < notBefore(date) || notBefore(date) == Integer.MAX_VALUE) {
            return Verdict.TOO_EARLY;
        }
        Optional<WorkingDay> day = workingDay(offer.masterId(), date);
        if (day.isEmpty() || from + offer.durationMinutes() > TimeSpan.MINUTES_PER_DAY) {
            return Verdict.OUTSIDE_WORKING_TIME;
        }
        return fits(offer, date, day.get(), from);
    }

    /**
     * Rules 2 and 3 with processing and resources (decision 0033): the booking lies within the shift, its master's
     * busy stretches touch no break and no busy stretch of hers, and every resource it needs has one left at every
     * minute it needs it.
     */
    private Verdict fits(MasterOffer offer, LocalDate date, WorkingDay day, int start) {
        Footprint footprint = offer.footprint();
        if (!day.shift().contains(new TimeSpan(start, start + footprint.minutes()))) {
            return Verdict.OUTSIDE_WORKING_TIME;
        }
        List<TimeSpan> busy = footprint.masterBusy(start);
        for (TimeSpan part : busy) {
            if (!day.covers(part)) {
                return Verdict.OUTSIDE_WORKING_TIME;
            }
        }
        List<TimeSpan> hers = occupied(offer.masterId(), date);
        for (TimeSpan part : busy) {
            for (TimeSpan other : hers) {
                if (other.overlaps(part)) {
                    return Verdict.TAKEN;
                }
            }
        }
        for (Footprint.ResourceNeed need : footprint.needs()) {
            if (!taken.resources().hasOneLeft(need.resourceId(), date, new TimeSpan(start + need.from(),
                    start + need.to()))) {
                return Verdict.RESOURCE_TAKEN;
            }
        }
        return Verdict.FREE;
    }

    /** Rule 2: whether the master works the whole of [start, start + minutes) on {@code date}. */
    public boolean insideWorkingTime(long masterId, LocalDate date, LocalTime start, int minutes) {
        MasterSchedule schedule = schedules.get(masterId);
        return schedule != null && schedule.covers(date, start, minutes);
    }

    /** Rule 2 with processing: whether the master works the whole booking, a break falling only in its processing. */
    public boolean insideWorkingTime(Occupation booking) {
        MasterSchedule schedule = schedules.get(booking.masterId());
        return schedule != null && schedule.coversWork(booking.date(), booking);
    }

    /**
     * Rule 6 without a master: among the masters free at {@code start}, the one with the fewest booked minutes that
     * day (live holds count, as bookings about to be made); ties go to the lowest id, so the choice is fair and
     * repeatable.
     */
    public Optional<MasterOffer> pickMaster(List<MasterOffer> offers, LocalDate date, LocalTime start) {
        return offers.stream()
                .filter(offer -> check(offer, date, start) == Verdict.FREE)
                .min(Comparator.comparingInt((MasterOffer offer) -> bookedMinutes(offer.masterId(), date))
                        .thenComparingLong(MasterOffer::masterId));
    }

    /** Minutes of a master's date taken by bookings and live holds. */
    public int bookedMinutes(long masterId, LocalDate date) {
        return occupied(masterId, date).stream().mapToInt(TimeSpan::length).sum();
    }

    /**
     * Minutes of a master's working time on a date that can still be booked: from now (plus the lead time) on, not in a
     * break, not taken by a booking or hold. Empty when the date cannot be booked at all (past, or too far ahead).
     */
    public OptionalInt freeMinutes(long masterId, LocalDate date) {
        int notBefore = notBefore(date);
        if (notBefore == Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        Optional<WorkingDay> day = workingDay(masterId, date);
        if (day.isEmpty()) {
            return OptionalInt.of(0);
        }
        // Minute by minute over one day: exact where breaks and bookings overlap, and cheap (at most 1440 steps).
        TimeSpan shift = day.get().shift();
        boolean[] taken = new boolean[TimeSpan.MINUTES_PER_DAY];
        List<TimeSpan> blocked = new ArrayList<>(day.get().breaks());
        blocked.addAll(occupied(masterId, date));
        for (TimeSpan span : blocked) {
            Arrays.fill(taken, span.start(), span.end(), true);
        }
        int free = 0;
        for (int minute = Math.max(shift.start(), notBefore); minute < shift.end(); minute++) {
            if (!taken[minute]) {
                free++;
            }
        }
        return OptionalInt.of(free);
    }

    /**
     * The master's working time on a date cut into steps of {@code interval} minutes from the shift's start, each
     * free, booked or a break already: the time she may choose breaks in. Empty when she does not work that date.
     */
    public List<DayStep> daySteps(long masterId, LocalDate date, int interval) {
        Optional<WorkingDay> day = workingDay(masterId, date);
        if (day.isEmpty() || interval <= 0) {
            return List.of();
        }
        TimeSpan shift = day.get().shift();
        List<TimeSpan> taken = occupied(masterId, date);
        List<DayStep> steps = new ArrayList<>();
        for (int start = shift.start(); start < shift.end(); start += interval) {
            TimeSpan step = new TimeSpan(start, Math.min(start + interval, shift.end()));
            DayStep.Kind kind = taken.stream().anyMatch(step::overlaps) ? DayStep.Kind.BOOKED
                    : day.get().breaks().stream().anyMatch(step::overlaps) ? DayStep.Kind.BREAK : DayStep.Kind.FREE;
            steps.add(new DayStep(step, kind));
        }
        return steps;
    }

    /** The blocking spans of a master's date, in no particular order. */
    public List<TimeSpan> occupied(long masterId, LocalDate date) {
        return taken.of(masterId, date);
    }

    /** The first minute of {@code date} that may be offered, or MAX_VALUE when the whole date cannot be booked. */
    int notBefore(LocalDate date) {
        LocalDate earliestDate = earliest.toLocalDate();
        if (date.isBefore(earliestDate) || date.isAfter(lastBookable)) {
            return Integer.MAX_VALUE;
        }
        if (date.isAfter(earliestDate)) {
            return 0;
        }
        LocalTime time = earliest.toLocalTime();
        int minute = TimeSpan.minuteOfDay(time);
        // A start at 10:00 is already past at 10:00:30.
        return time.getSecond() > 0 || time.getNano() > 0 ? minute + 1 : minute;
    }
}
