package org.salondesk.availability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.Database;

/**
 * The one availability service: every screen and the booking functions ask it when who is free. It checks the
 * request, loads the branch's data with {@link AvailabilityLoader} and lets {@link FreeTime} compute.
 */
public final class AvailabilityService {

    /** Longest slot step and search window accepted, so that a typo cannot make a call run for minutes. */
    public static final int MAX_INTERVAL_MINUTES = 12 * 60;
    public static final int MAX_DAYS_LIMIT = 366;
    public static final int DEFAULT_DAYS_LIMIT = 14;
    /** How far ahead the next free times are looked for when a date has none. */
    public static final int NEXT_FREE_DAYS = 31;

    private final Database database;
    private final Clock clock;
    private final AvailabilityLoader loader = new AvailabilityLoader();
    // Each branch's catalogue and schedules, kept while the catalogue version stays where it was read.
    private final Map<Long, BranchCatalog> catalogs = new ConcurrentHashMap<>();

    public AvailabilityService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Free starts on a date (rule 4); without a master, the union over the eligible ones. */
    public List<LocalTime> slots(long branchId, List<Long> serviceIds, LocalDate date, Long masterId,
                                 Integer slotInterval) {
        return onDate(branchId, serviceIds, date, masterId, slotInterval,
                (free, offers, interval) -> free.slots(offers, date, interval));
    }

    /** Free starts on a date for each eligible master that has any, masters by id. */
    public Map<Long, List<LocalTime>> slotsByMaster(long branchId, List<Long> serviceIds, LocalDate date,
                                                      Long masterId, Integer slotInterval) {
        return onDate(branchId, serviceIds, date, masterId, slotInterval,
                (free, offers, interval) -> free.slotsByMaster(offers, date, interval));
    }

    /**
     * Free starts on a date, each with the master who would take it (rule 6's fair choice when no master is named):
     * what the desk's booking dialog offers.
     */
    public List<SlotOffer> offers(long branchId, List<Long> serviceIds, LocalDate date, Long masterId,
                                  Integer slotInterval) {
        return onDate(branchId, serviceIds, date, masterId, slotInterval,
                (free, offers, interval) -> free.offers(offers, date, interval));
    }

    /**
     * The free starts of a date around a wanted start (a click in the calendar), each with the master who would take
     * it: the wanted start itself when it is free, even off the slot grid; else the nearest free starts before and
     * after it.
     */
    public StartsAround offersAround(long branchId, List<Long> serviceIds, LocalDate date, Long masterId,
                                     LocalTime wanted) {
        Require.present(date, "field.date");
        Require.present(wanted, "field.time");
        return onDate(branchId, serviceIds, date, masterId, null,
                (free, offers, interval) -> free.around(offers, date, interval, wanted));
    }

    /**
     * The next free times for services (one master's, or any): on each of the nearest dates from {@code from} (today
     * at the earliest) that have a free start, the start nearest to {@code near}; at most {@code maxCount}.
     */
    public List<FreeStart> nextFree(long branchId, List<Long> serviceIds, Long masterId, LocalDate from,
                                    LocalTime near, int maxCount) {
        Require.present(from, "field.date");
        Require.that(maxCount > 0, "error.maxDates.invalid", maxCount);
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            BookableServices request = reading.resolve(serviceIds, masterId);
            LocalDate today = today(request.branch());
            LocalDate first = from.isBefore(today) ? today : from;
            FreeTime free = reading.freeTimeFor(request, masterId, first, first.plusDays(NEXT_FREE_DAYS - 1L));
            return free.nearestFree(request.offers(), first, NEXT_FREE_DAYS,
                    request.branch().slotIntervalMinutes(), near, maxCount);
        });
    }

    /**
     * The first {@code maxCount} free starts over the dates [from, to] (today at the earliest) whose whole visit lies
     * within [dayFrom, dayTo] of the day, in date and time order, each with the master who would take it: what a
     * waiting-list entry waits for. The dates are read a fortnight at a time, not one by one.
     */
    public List<FreeStart> startsWithin(long branchId, List<Long> serviceIds, Long masterId, LocalDate from,
                                        LocalDate to, LocalTime dayFrom, LocalTime dayTo, int maxCount) {
        Require.present(from, "field.date");
        Require.present(to, "field.date");
        int earliest = dayFrom.toSecondOfDay() / 60;
        int latest = dayTo.toSecondOfDay() / 60;
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            BookableServices request = reading.resolve(serviceIds, masterId);
            LocalDate today = today(request.branch());
            int interval = request.branch().slotIntervalMinutes();
            List<FreeStart> starts = new java.util.ArrayList<>();
            for (LocalDate chunk = from.isBefore(today) ? today : from; !chunk.isAfter(to) && starts.size() < maxCount;
                 chunk = chunk.plusDays(DEFAULT_DAYS_LIMIT)) {
                LocalDate last = chunk.plusDays(DEFAULT_DAYS_LIMIT - 1L).isAfter(to) ? to
                        : chunk.plusDays(DEFAULT_DAYS_LIMIT - 1L);
                FreeTime free = reading.freeTimeFor(request, masterId, chunk, last);
                for (LocalDate date = chunk; !date.isAfter(last) && starts.size() < maxCount; date = date.plusDays(1)) {
                    for (SlotOffer offer : free.offers(request.offers(), date, interval)) {
                        int start = offer.time().toSecondOfDay() / 60;
                        if (start >= earliest && start + offer.offer().durationMinutes() <= latest
                                && starts.size() < maxCount) {
                            starts.add(new FreeStart(date, offer));
                        }
                    }
                }
            }
            return starts;
        });
    }

    /** Dates from today within {@code daysLimit} days with a free start (rule 5), cut to {@code maxDatesCount}. */
    public List<LocalDate> dates(long branchId, List<Long> serviceIds, Long masterId, Integer daysLimit,
                                 Integer maxDatesCount) {
        int days = daysLimit == null ? DEFAULT_DAYS_LIMIT : daysLimit;
        Require.that(days > 0 && days <= MAX_DAYS_LIMIT, "error.daysLimit.invalid", days, MAX_DAYS_LIMIT);
        Require.that(maxDatesCount == null || maxDatesCount > 0, "error.maxDates.invalid", maxDatesCount);
        int max = maxDatesCount == null ? Integer.MAX_VALUE : maxDatesCount;
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            BookableServices request = reading.resolve(serviceIds, masterId);
            LocalDate today = today(request.branch());
            FreeTime free = reading.freeTimeFor(request, masterId, today, today.plusDays(days - 1L));
            return free.dates(request.offers(), today, days, request.branch().slotIntervalMinutes(), max);
        });
    }

    /** What is asked of one date's free time, once the request is checked and the date is bookable. */
    @FunctionalInterface
    private interface DateQuestion<T> {
        T ask(FreeTime free, List<MasterOffer> offers, int interval);
    }

    // The one-date calls share their checks: services resolved for the master, the step, and no past date.
    private <T> T onDate(long branchId, List<Long> serviceIds, LocalDate date, Long masterId, Integer slotInterval,
                         DateQuestion<T> question) {
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            BookableServices request = reading.resolve(serviceIds, masterId);
            int interval = interval(slotInterval, request.branch());
            requireNotPast(date, request.branch());
            return question.ask(reading.freeTimeFor(request, masterId, date, date), request.offers(), interval);
        });
    }

    /**
     * The starts of a visit of several steps on a date (decision 0036), each with the master and start of every
     * step: the steps one after another, or all at once when {@code parallel}.
     */
    public List<VisitPlanner.VisitOffer> visitOffers(long branchId, List<VisitStep> steps, boolean parallel,
                                                     LocalDate date, Integer slotInterval) {
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            List<VisitPlanner.Step> planned = visitSteps(reading, steps);
            int interval = interval(slotInterval, reading.branch());
            requireNotPast(date, reading.branch());
            return VisitPlanner.offers(reading.freeTime(null, date, date), planned, parallel, date, interval);
        });
    }

    /** Dates from today within {@code daysLimit} days on which the visit fits at some start. */
    public List<LocalDate> visitDates(long branchId, List<VisitStep> steps, boolean parallel, Integer daysLimit) {
        int days = daysLimit == null ? DEFAULT_DAYS_LIMIT : daysLimit;
        Require.that(days > 0 && days <= MAX_DAYS_LIMIT, "error.daysLimit.invalid", days, MAX_DAYS_LIMIT);
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            List<VisitPlanner.Step> planned = visitSteps(reading, steps);
            LocalDate today = today(reading.branch());
            FreeTime free = reading.freeTime(null, today, today.plusDays(days - 1L));
            List<LocalDate> dates = new java.util.ArrayList<>();
            for (int i = 0; i < days; i++) {
                if (VisitPlanner.fitsOn(free, planned, parallel, today.plusDays(i),
                        reading.branch().slotIntervalMinutes())) {
                    dates.add(today.plusDays(i));
                }
            }
            return dates;
        });
    }

    /**
     * Every occurrence of a repeating visit (decision 0036) at {@code time}: free, with the master who would take it
     * (the named one, or the fairest), or why not with the nearest free starts of that date before and after.
     */
    public List<SeriesOccurrence> seriesPreview(long branchId, List<Long> serviceIds, Long masterId,
                                                SeriesRule rule, LocalDate first, LocalTime time) {
        Require.present(rule, "field.series");
        Require.present(time, "field.time");
        List<LocalDate> dates = rule.dates(first);
        return database.withConnection(connection -> {
            AvailabilityReading reading = reading(connection, branchId);
            BookableServices request = reading.resolve(serviceIds, masterId);
            requireNotPast(first, request.branch());
            int interval = request.branch().slotIntervalMinutes();
            List<SeriesOccurrence> result = new java.util.ArrayList<>();
            for (LocalDate date : dates) {
                // Date by date: two years of a busy branch's bookings are never held at once.
                FreeTime free = reading.freeTimeFor(request, masterId, date, date);
                Optional<MasterOffer> taker = free.pickMaster(request.offers(), date, time);
                if (taker.isPresent()) {
                    result.add(new SeriesOccurrence(date, time, FreeTime.Verdict.FREE, taker.get().masterId(),
                            List.of()));
                    continue;
                }
                FreeTime.Verdict why = request.offers().stream().map(offer -> free.check(offer, date, time))
                        .min(java.util.Comparator.naturalOrder()).orElse(FreeTime.Verdict.OUTSIDE_WORKING_TIME);
                StartsAround around = free.around(request.offers(), date, interval, time);
                List<SlotOffer> alternatives = new java.util.ArrayList<>();
                around.before().ifPresent(alternatives::add);
                around.after().ifPresent(alternatives::add);
                result.add(new SeriesOccurrence(date, time, why, null, alternatives));
            }
            return result;
        });
    }

    /** Each step of a visit checked as a request of its own (rule 1): its services, and its master if named. */
    public static List<VisitPlanner.Step> visitSteps(AvailabilityReading reading, List<VisitStep> steps)
            throws SQLException {
        Require.notEmpty(steps, "field.steps");
        Require.that(steps.size() <= VisitStep.MAX_STEPS, "error.visit.tooManySteps", VisitStep.MAX_STEPS);
        List<VisitPlanner.Step> planned = new java.util.ArrayList<>();
        for (VisitStep step : steps) {
            Require.present(step, "field.steps");
            planned.add(new VisitPlanner.Step(reading.resolve(step.serviceIds(), step.masterId()).offers()));
        }
        return planned;
    }

    /** The masters' schedules, to show working time, days off and breaks (rule 2); one master's, or all. */
    public Map<Long, MasterSchedule> schedules(long branchId, Long masterId, LocalDate from, LocalDate to) {
        return database.withConnection(connection -> {
            Map<Long, MasterSchedule> all = reading(connection, branchId).schedules();
            return masterId == null ? all : all.entrySet().stream()
                    .filter(entry -> entry.getKey().equals(masterId))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        });
    }

    /**
     * The working minutes (shift less breaks, days off left out) of each master of the branch, or of one, per date of
     * [from, to] she works: the one computation of working time, for occupancy and the daily rates of the reports.
     */
    public Map<Long, Map<LocalDate, Integer>> workingMinutes(long branchId, Long masterId, LocalDate from,
                                                             LocalDate to) {
        Map<Long, Map<LocalDate, Integer>> result = new TreeMap<>();
        schedules(branchId, masterId, from, to).forEach((master, schedule) -> {
            Map<LocalDate, Integer> days = new TreeMap<>();
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                Optional<WorkingDay> day = schedule.workingDay(date);
                if (day.isPresent()) {
                    days.put(date, day.get().minutes());
                }
            }
            result.put(master, days);
        });
        return result;
    }

    /**
     * A master's working day on {@code date} in steps of her branch's slot interval, each free, booked or a break
     * (see {@link FreeTime#daySteps}): where she may take breaks. Empty when she does not work that date.
     */
    public List<DayStep> daySteps(long masterId, LocalDate date) {
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            long branchId = loader.master(connection, masterId).orElseThrow(() -> new SalonDeskException(
                    ErrorCode.NOT_FOUND, "error.employee.notFound", masterId)).branchId();
            AvailabilityReading reading = reading(connection, branchId);
            return reading.freeTime(masterId, date, date).daySteps(masterId, date,
                    reading.branch().slotIntervalMinutes());
        });
    }

    /**
     * Free bookable minutes of the given masters per date of [from, to], summed (see {@link FreeTime#freeMinutes}):
     * the month calendar's "free hours". Dates that cannot be booked at all (past, too far ahead) are left out.
     */
    public Map<LocalDate, Integer> freeMinutes(long branchId, Collection<Long> masterIds, LocalDate from,
                                               LocalDate to) {
        return database.withConnection(connection -> {
            FreeTime free = reading(connection, branchId).freeTime(null, from, to);
            Map<LocalDate, Integer> result = new TreeMap<>();
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                for (long masterId : masterIds) {
                    OptionalInt minutes = free.freeMinutes(masterId, date);
                    if (minutes.isPresent()) {
                        result.merge(date, minutes.getAsInt(), Integer::sum);
                    }
                }
            }
            return result;
        });
    }

    /**
     * The branch's catalogue and schedules at {@code version}: from memory while the version has not moved, read
     * again (in a few queries) when it has. On a transaction's connection it sees what that transaction sees.
     */
    private BranchCatalog catalog(Connection connection, long branchId, long version) throws SQLException {
        BranchCatalog cached = catalogs.get(branchId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        BranchCatalog loaded = loader.branchCatalog(connection, branchId, version)
                .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId));
        // Only what is committed is kept: a transaction sees its own changes, which may yet be rolled back.
        if (connection.getAutoCommit()) {
            catalogs.put(branchId, loaded);
        }
        return loaded;
    }

    /**
     * Starts a reading of a branch on the caller's connection: the catalogue version and whether holds are live are
     * read once, the catalogue comes from memory unless that version has moved.
     */
    public AvailabilityReading reading(Connection connection, long branchId) throws SQLException {
        AvailabilityLoader.State state = loader.state(connection, clock.instant());
        return new AvailabilityReading(connection, loader, catalog(connection, branchId, state.catalogVersion()),
                state.liveHolds(), clock.instant());
    }

    /** Today on the branch's clock. */
    public LocalDate today(BranchSettings branch) {
        return LocalDate.now(clock.withZone(branch.zone()));
    }

    public LocalDateTime now(BranchSettings branch) {
        return LocalDateTime.now(clock.withZone(branch.zone()));
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Refuses a date before today on the branch's clock. */
    public void requireNotPast(LocalDate date, BranchSettings branch) {
        Require.that(!date.isBefore(today(branch)), "error.date.past", date);
    }

    private static int interval(Integer requested, BranchSettings branch) {
        int interval = requested == null ? branch.slotIntervalMinutes() : requested;
        Require.that(interval > 0 && interval <= MAX_INTERVAL_MINUTES
                        && interval % SlotGrid.BOOKING_STEP_MINUTES == 0,
                "error.interval.invalid", interval, SlotGrid.BOOKING_STEP_MINUTES);
        return interval;
    }
}
