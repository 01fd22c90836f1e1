package org.salondesk.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One visit of several steps, each its own services with its own master or any (decision 0036): the steps one after
 * another, each starting when the one before ends, or all at once in parallel (then each with another master). A
 * visit fits at a start when every step fits there given the steps before it: the same rules as one booking
 * ({@link FreeTime#check}), with the visit's earlier steps counted as made. Of the masters who could take a step, the
 * fairest comes first (rule 6: fewest worked minutes that day, then the lowest id); the first combination that fits,
 * in that order step by step, is the visit's. Pure: no I/O.
 */
public final class VisitPlanner {

    /** A step of a visit: the offers of the masters who may do its services (one offer when a master is named). */
    public record Step(List<MasterOffer> offers) {

        public Step {
            offers = List.copyOf(offers);
        }
    }

    /** A step as planned: who does it and when it starts. */
    public record PlannedStep(int step, MasterOffer offer, LocalTime start) {

        public LocalTime end() {
            return start.plusMinutes(offer.durationMinutes());
        }
    }

    /** A start of the visit with every step's master and start. */
    public record VisitOffer(LocalTime start, List<PlannedStep> steps) {

        public VisitOffer {
            steps = List.copyOf(steps);
        }
    }

    private VisitPlanner() {
    }

    /** The visit at {@code start}, or empty when it does not fit there. */
    public static Optional<VisitOffer> plan(FreeTime free, List<Step> steps, boolean parallel, LocalDate date,
                                            LocalTime start) {
        List<PlannedStep> planned = new ArrayList<>();
        if (steps.isEmpty() || !place(free, steps, parallel, date, TimeSpan.minuteOfDay(start), planned)) {
            return Optional.empty();
        }
        return Optional.of(new VisitOffer(start, planned));
    }

    /** Every start of the date at which the visit fits, tried on the grids of the first step's masters. */
    public static List<VisitOffer> offers(FreeTime free, List<Step> steps, boolean parallel, LocalDate date,
                                          int interval) {
        List<VisitOffer> result = new ArrayList<>();
        if (steps.isEmpty()) {
            return result;
        }
        for (LocalTime start : candidateStarts(free, steps.get(0).offers(), date, interval)) {
            plan(free, steps, parallel, date, start).ifPresent(result::add);
        }
        return result;
    }

    /** Whether the visit fits at some start of the date. */
    public static boolean fitsOn(FreeTime free, List<Step> steps, boolean parallel, LocalDate date, int interval) {
        if (steps.isEmpty()) {
            return false;
        }
        for (LocalTime start : candidateStarts(free, steps.get(0).offers(), date, interval)) {
            if (plan(free, steps, parallel, date, start).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The visit's bookings as if made: what a planned step takes of its master's time and the resources, for the
     * steps after it and for the write that books them.
     */
    public static Occupation occupation(PlannedStep step, LocalDate date) {
        Footprint footprint = step.offer().footprint();
        int from = TimeSpan.minuteOfDay(step.start());
        List<Occupation.ResourceUse> uses = footprint.needs().stream()
                .map(need -> new Occupation.ResourceUse(need.resourceId(),
                        new TimeSpan(from + need.from(), from + need.to())))
                .toList();
        // Negative ids: no stored booking or hold has one, so nothing real is mistaken for a planned step.
        return Occupation.booking(-1L - step.step(), step.offer().masterId(), date,
                new TimeSpan(from, from + footprint.minutes()), BookingStatus.CONFIRMED)
                .with(footprint.processing(from), uses);
    }

    /**
     * The starts a visit whose first step is one of {@code offers} is tried at: each master's grid of the date from
     * her shift's start every {@code interval} minutes, not before now plus the lead time, sorted, without duplicates.
     */
    private static List<LocalTime> candidateStarts(FreeTime free, List<MasterOffer> offers, LocalDate date,
                                                   int interval) {
        int notBefore = free.notBefore(date);
        TreeSet<Integer> starts = new TreeSet<>();
        for (MasterOffer offer : offers) {
            Optional<WorkingDay> day = free.workingDay(offer.masterId(), date);
            if (day.isPresent() && notBefore != Integer.MAX_VALUE) {
                starts.addAll(SlotGrid.candidates(day.get().shift(), offer.durationMinutes(), interval, notBefore));
            }
        }
        return starts.stream().map(TimeSpan::timeOf).toList();
    }

    // Depth first, the fairest master of each step first: the first complete plan is the visit's.
    private static boolean place(FreeTime free, List<Step> steps, boolean parallel, LocalDate date, int visitStart,
                                 List<PlannedStep> planned) {
        int index = planned.size();
        if (index == steps.size()) {
            return true;
        }
        PlannedStep before = index == 0 ? null : planned.get(index - 1);
        int start = parallel || before == null ? visitStart
                : TimeSpan.minuteOfDay(before.start()) + before.offer().durationMinutes();
        if (start >= TimeSpan.MINUTES_PER_DAY) {
            return false;
        }
        FreeTime withEarlier = free.plus(planned.stream().map(step -> occupation(step, date)).toList());
        List<MasterOffer> fairest = new ArrayList<>(steps.get(index).offers());
        fairest.sort(Comparator.comparingInt((MasterOffer offer) -> free.bookedMinutes(offer.masterId(), date))
                .thenComparingLong(MasterOffer::masterId));
        LocalTime at = TimeSpan.timeOf(start);
        for (MasterOffer offer : fairest) {
            boolean sameMasterAtOnce = parallel && planned.stream()
                    .anyMatch(step -> step.offer().masterId() == offer.masterId());
            if (sameMasterAtOnce || withEarlier.check(offer, date, at) != FreeTime.Verdict.FREE) {
                continue;
            }
            planned.add(new PlannedStep(index, offer, at));
            if (place(free, steps, parallel, date, visitStart, planned)) {
                return true;
            }
            planned.remove(planned.size() - 1);
        }
        return false;
    }
}
