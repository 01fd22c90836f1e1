package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingInfo;
import org.salondesk.catalog.Branch;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;

/**
 * Processing time and resources (decision 0033) against a brute-force oracle that reads the rules minute by minute
 * and knows nothing of {@link Footprint}, {@link FreeTime} or {@link Eligibility}: a service may free its master for
 * a processing window (a master may have her own), and may take rooms and basins, counted per branch, during its
 * whole length or one phase. Each try builds a random branch, then books, holds, cancels and moves through the API,
 * each call checked against the oracle, and finally compares every master's free starts and the dates.
 */
class ProcessingResourcesPropertyTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int[] INTERVALS = {5, 10, 15, 30};
    private static final String[] PHASES = {"WHOLE", "BEFORE", "PROCESSING", "AFTER"};

    private static MutableClock clock;
    private static SalonDesk desk;
    private static TestSalon salon;

    @BeforeContainer
    static void openDesk() {
        clock = MutableClock.at(LocalDateTime.of(2026, 3, 2, 0, 0));
        desk = TestDatabases.freshDesk(clock);
        salon = new TestSalon(desk);
    }

    @AfterContainer
    static void closeDesk() {
        desk.close();
    }

    @Provide
    Arbitrary<Salon> salons() {
        return Arbitraries.randomValue(Salon::random);
    }

    /** A service: its length, its processing window (0 and 0: none), and what it takes of which resource when. */
    record ServiceSpec(int minutes, int before, int processing, List<NeedSpec> needs) {
    }

    record NeedSpec(int resource, String phase) {
    }

    /** A master's terms for a service: her own length and processing window where not null. */
    record Terms(int service, Integer minutes, Integer before, Integer processing) {
    }

    record MasterSpec(int shiftStart, int shiftEnd, List<int[]> breaks, List<Terms> provides) {
    }

    /** A call: book or hold services (of one master, or any) at a start; or cancel or move one made before. */
    record Call(String kind, List<Integer> services, Integer master, int day, int start, int which,
                boolean aimAtFree) {
    }

    record Salon(LocalDateTime now, int lead, int interval, List<Integer> resources, List<ServiceSpec> services,
                 List<MasterSpec> masters, List<Call> calls) {

        LocalDate today() {
            return now.toLocalDate();
        }

        static Salon random(Random random) {
            LocalDateTime now = LocalDate.of(2026, 3, 2).plusDays(random.nextInt(200))
                    .atTime(8 + random.nextInt(6), 30 * random.nextInt(2));
            int lead = new int[]{0, 0, 30, 60}[random.nextInt(4)];
            int interval = INTERVALS[random.nextInt(INTERVALS.length)];
            List<Integer> resources = new ArrayList<>();
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                resources.add(1 + random.nextInt(2));
            }
            List<ServiceSpec> services = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                int minutes = 5 * (3 + random.nextInt(22));
                int before = 0;
                int processing = 0;
                if (random.nextBoolean()) {
                    before = 5 * (1 + random.nextInt(minutes / 5 - 2));
                    processing = 5 * (1 + random.nextInt((minutes - before) / 5 - 1));
                }
                List<NeedSpec> needs = new ArrayList<>();
                for (int r = 0; r < resources.size(); r++) {
                    if (random.nextInt(5) < 2) {
                        needs.add(new NeedSpec(r, PHASES[random.nextInt(PHASES.length)]));
                    }
                }
                services.add(new ServiceSpec(minutes, before, processing, needs));
            }
            List<MasterSpec> masters = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                int start = 8 * 60 + 30 * random.nextInt(6);
                int end = Math.min(start + 4 * 60 + 30 * random.nextInt(14), 23 * 60);
                List<int[]> breaks = new ArrayList<>();
                for (int b = random.nextInt(3); b > 0; b--) {
                    int from = start + 5 * random.nextInt((end - start) / 5);
                    breaks.add(new int[]{random.nextInt(3), from, Math.min(from + 5 * (1 + random.nextInt(12)), end)});
                }
                List<Terms> provides = new ArrayList<>();
                for (int s = 0; s < services.size(); s++) {
                    if (random.nextInt(10) < 8) {
                        Integer minutes = random.nextInt(5) == 0 ? 5 * (3 + random.nextInt(22)) : null;
                        Integer before = null;
                        Integer processing = null;
                        if (random.nextInt(5) == 0) {
                            before = 5 * (1 + random.nextInt(8));
                            processing = 5 * random.nextInt(10);
                        }
                        provides.add(new Terms(s, minutes, before, processing));
                    }
                }
                masters.add(new MasterSpec(start, end, breaks, provides));
            }
            List<Call> calls = new ArrayList<>();
            String[] kinds = {"book", "book", "book", "book", "hold", "cancel", "move", "visit", "visit", "series"};
            for (int n = 4 + random.nextInt(12); n > 0; n--) {
                List<Integer> chosen = new ArrayList<>(IntStream.range(0, services.size()).boxed().toList());
                Collections.shuffle(chosen, random);
                calls.add(new Call(kinds[random.nextInt(kinds.length)],
                        List.copyOf(chosen.subList(0, 1 + random.nextInt(Math.min(2, chosen.size())))),
                        random.nextBoolean() ? null : random.nextInt(masters.size()), random.nextInt(3),
                        8 * 60 + 5 * random.nextInt(14 * 12), random.nextInt(100), random.nextInt(4) != 0));
            }
            return new Salon(now, lead, interval, resources, services, masters, calls);
        }
    }

    @Property(tries = 90, shrinking = ShrinkingMode.OFF)
    void bookingsHoldsVisitsMovesSlotsAndDatesMatchTheOracle(@ForAll("salons") Salon scenario) {
        World world = World.build(scenario);
        Oracle oracle = new Oracle(scenario);
        List<Long> bookingIds = new ArrayList<>();
        for (Call call : scenario.calls()) {
            LocalDate date = scenario.today().plusDays(call.day());
            switch (call.kind()) {
                case "book", "hold" -> {
                    int start = call.start();
                    if (call.aimAtFree()) {
                        List<Integer> free = oracle.slots(call.services(), call.master(), call.day(), 5);
                        if (!free.isEmpty()) {
                            start = free.get(call.which() % free.size());
                        }
                    }
                    Optional<Integer> master = oracle.choose(call.services(), call.master(), call.day(), start);
                    int at = start;
                    Optional<Long> id = attempt(call + " at " + time(at), master.isPresent() ? null
                            : oracle.refusal(call.services(), call.master()), scenario, () -> {
                        if (call.kind().equals("hold")) {
                            return desk.booking().holdSlot(world.branch, world.services(call.services()), date,
                                    time(at), world.master(call.master()), Duration.ofMinutes(30));
                        }
                        return desk.booking().createBooking(world.branch, world.services(call.services()), date,
                                time(at), world.master(call.master()), world.client).id();
                    });
                    if (id.isPresent()) {
                        if (call.kind().equals("book")) {
                            // The chosen master is the oracle's: the fair choice counts the minutes she works.
                            assertThat(desk.booking().getActiveBookingInfo(id.get()).masterId())
                                    .as("master of %s\n%s", call, scenario)
                                    .isEqualTo(world.masterIds.get(master.get()));
                            bookingIds.add(id.get());
                        } else {
                            bookingIds.add(null);
                        }
                        oracle.add(master.get(), call.services(), call.day(), at);
                    }
                }
                case "series" -> {
                    // Every day from the call's day to the last one the salon is looked at, at the call's start: each
                    // date previewed as the oracle sees it, then the free ones booked at once.
                    if (call.day() > 2) {
                        continue;
                    }
                    int at = call.start();
                    SeriesRule daily = new SeriesRule(1, java.util.EnumSet.allOf(java.time.DayOfWeek.class), null,
                            3 - call.day());
                    ErrorCode refusal = call.master() != null && !oracle.provides(call.master(), call.services())
                            ? ErrorCode.MASTER_NOT_ELIGIBLE : null;
                    List<SeriesOccurrence> preview;
                    try {
                        preview = desk.booking().series().preview(world.branch, world.services(call.services()),
                                world.master(call.master()), daily, date, time(at));
                        assertThat(refusal).as("series %s previewed\n%s", call, scenario).isNull();
                    } catch (SalonDeskException e) {
                        assertThat(e.code()).as("series %s refused with %s\n%s", call, e, scenario)
                                .isEqualTo(refusal);
                        continue;
                    }
                    List<LocalDateTime> free = new ArrayList<>();
                    for (SeriesOccurrence occurrence : preview) {
                        int day = (int) (occurrence.date().toEpochDay() - scenario.today().toEpochDay());
                        Optional<Integer> master = oracle.choose(call.services(), call.master(), day, at);
                        Statistics.label("series date").collect(master.isPresent() ? "free" : "not free");
                        assertThat(occurrence.free()).as("series date %s of %s\n%s", occurrence.date(), call,
                                scenario).isEqualTo(master.isPresent());
                        assertThat(occurrence.masterId()).as("series master on %s of %s\n%s", occurrence.date(),
                                call, scenario).isEqualTo(master.map(world.masterIds::get).orElse(null));
                        if (occurrence.free()) {
                            free.add(occurrence.date().atTime(time(at)));
                        }
                    }
                    if (!free.isEmpty()) {
                        VisitBookedIds booked = new VisitBookedIds(desk.booking().series().book(world.branch,
                                world.services(call.services()), world.master(call.master()), daily, free,
                                world.client, null).bookingIds());
                        for (int i = 0; i < free.size(); i++) {
                            int day = (int) (free.get(i).toLocalDate().toEpochDay() - scenario.today().toEpochDay());
                            int master = oracle.choose(call.services(), call.master(), day, at).orElseThrow();
                            assertThat(desk.booking().getActiveBookingInfo(booked.ids().get(i)).masterId())
                                    .as("series booking on day %d of %s\n%s", day, call, scenario)
                                    .isEqualTo(world.masterIds.get(master));
                            oracle.add(master, call.services(), day, at);
                            bookingIds.add(booked.ids().get(i));
                        }
                    }
                }
                case "visit" -> {
                    List<List<Integer>> steps = Oracle.steps(call);
                    boolean parallel = call.which() % 2 == 0;
                    int start = call.start();
                    if (call.aimAtFree()) {
                        List<Integer> free = oracle.visitStarts(steps, call.master(), parallel, call.day(), 5);
                        if (!free.isEmpty()) {
                            start = free.get(call.which() % free.size());
                        }
                    }
                    Optional<List<Integer>> masters = oracle.visit(steps, call.master(), parallel, call.day(), start);
                    int at = start;
                    ErrorCode refusal = masters.isPresent() ? null
                            : steps.get(0).isEmpty() ? null : oracle.refusal(steps.get(0), call.master());
                    Optional<Long> visit = attempt(call + " " + steps + (parallel ? " parallel" : "") + " at "
                            + time(at), refusal, scenario, () -> desk.booking().visits().book(world.branch,
                            world.steps(steps, call.master()), parallel, date, time(at), world.client, null).id());
                    if (visit.isPresent()) {
                        List<BookingInfo> made = desk.booking().visits().bookings(visit.get());
                        assertThat(made.stream().map(b -> world.masterIds.indexOf(b.masterId())).toList())
                                .as("masters of visit %s\n%s", call, scenario)
                                .containsExactlyInAnyOrderElementsOf(masters.get());
                        oracle.addVisit(steps, masters.get(), parallel, call.day(), at);
                        // Its steps are not moved or cancelled one by one here: they go together.
                        steps.forEach(step -> bookingIds.add(null));
                    }
                }
                case "cancel" -> {
                    int index = madeBooking(bookingIds, call.which());
                    if (index >= 0) {
                        desk.booking().cancelBooking(world.branch, bookingIds.get(index), "property test");
                        oracle.remove(index);
                        bookingIds.set(index, null);
                    }
                }
                default -> {
                    int index = madeBooking(bookingIds, call.which());
                    if (index < 0) {
                        continue;
                    }
                    int start = call.start();
                    if (call.aimAtFree()) {
                        List<Integer> targets = oracle.moveTargets(index, call.day());
                        if (!targets.isEmpty()) {
                            start = targets.get(call.which() % targets.size());
                        }
                    }
                    int to = start;
                    boolean expected = oracle.canMove(index, call.day(), to);
                    Optional<Long> moved = attempt("move " + index + " to day " + call.day() + " " + time(to),
                            expected ? null : ErrorCode.SLOT_UNAVAILABLE, scenario, () -> {
                                desk.booking().modifyBookingTime(bookingIds.get(index), date, time(to));
                                return 1L;
                            });
                    if (moved.isPresent()) {
                        oracle.move(index, call.day(), to);
                    }
                }
            }
        }

        List<List<Integer>> visitSteps = Oracle.steps(scenario.calls().get(0));
        for (boolean parallel : new boolean[]{false, true}) {
            for (int day = 0; day < 3; day++) {
                LocalDate date = scenario.today().plusDays(day);
                int d = day;
                List<String> expected = oracle.visitStarts(visitSteps, null, parallel, day, scenario.interval())
                        .stream().map(start -> time(start) + " " + oracle.visit(visitSteps, null, parallel, d, start)
                                .orElseThrow()).toList();
                List<String> actual = answer(() -> desk.booking().visits().offers(world.branch,
                        world.steps(visitSteps, null), parallel, date, null)).stream()
                        .map(offer -> offer.start() + " " + offer.steps().stream()
                                .map(step -> world.masterIds.indexOf(step.offer().masterId())).toList())
                        .toList();
                Statistics.label("visit starts").collect(expected.isEmpty() ? "empty" : "some");
                assertThat(actual).as("visit starts of %s%s on day %d\n%s", visitSteps,
                        parallel ? " in parallel" : "", day, scenario).isEqualTo(expected);
            }
        }

        List<Integer> requested = scenario.calls().get(0).services();
        List<Integer> whom = new ArrayList<>();
        whom.add(null);
        IntStream.range(0, scenario.masters().size()).forEach(whom::add);
        for (Integer master : whom) {
            if (master != null && !oracle.provides(master, requested)) {
                assertThatThrownBy(() -> desk.booking().getSlotsForBooking(world.branch, world.services(requested),
                        scenario.today(), world.master(master), null)).isInstanceOfSatisfying(SalonDeskException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MASTER_NOT_ELIGIBLE));
                continue;
            }
            for (int day = 0; day < 3; day++) {
                LocalDate date = scenario.today().plusDays(day);
                List<LocalTime> expected = oracle.slots(requested, master, day, scenario.interval()).stream()
                        .map(ProcessingResourcesPropertyTest::time).toList();
                List<LocalTime> actual = answer(() -> desk.booking().getSlotsForBooking(world.branch,
                        world.services(requested), date, world.master(master), null));
                Statistics.label("slots").collect(expected.isEmpty() ? "empty" : "some");
                assertThat(actual).as("slots of %s for master %s on day %d\n%s", requested, master, day, scenario)
                        .isEqualTo(expected);
            }
            List<LocalDate> dates = new ArrayList<>();
            for (int day = 0; day < 3; day++) {
                if (!oracle.slots(requested, master, day, scenario.interval()).isEmpty()) {
                    dates.add(scenario.today().plusDays(day));
                }
            }
            assertThat(answer(() -> desk.booking().getDatesForBooking(world.branch, world.services(requested),
                    world.master(master), 3, null))).as("dates for master %s\n%s", master, scenario).isEqualTo(dates);
        }
    }

    /** The bookings of a series as made, by date. */
    private record VisitBookedIds(List<Long> ids) {
    }

    /** The index of a booking made (not a hold) and not cancelled, picked by {@code which}; -1 when none. */
    private static int madeBooking(List<Long> ids, int which) {
        List<Integer> live = IntStream.range(0, ids.size()).filter(i -> ids.get(i) != null).boxed().toList();
        return live.isEmpty() ? -1 : live.get(which % live.size());
    }

    @FunctionalInterface
    private interface Work<T> {
        T run();
    }

    private static <T> T answer(Work<T> work) {
        try {
            return work.run();
        } catch (SalonDeskException e) {
            return fail("refused: %s", e);
        }
    }

    /** Runs a call the oracle expects to succeed ({@code refusal} null) or to be refused with that code. */
    private static Optional<Long> attempt(String what, ErrorCode refusal, Salon scenario, Work<Long> call) {
        Statistics.label(what.split("[\\[ ]")[0]).collect(refusal == null ? "made" : "refused " + refusal);
        try {
            Long id = call.run();
            if (refusal != null) {
                fail("%s succeeded but the oracle expects %s\n%s", what, refusal, scenario);
            }
            return Optional.of(id);
        } catch (SalonDeskException e) {
            assertThat(refusal).as("%s refused with %s\n%s", what, e, scenario).isNotNull();
            assertThat(e.code()).as("%s refused with %s\n%s", what, e, scenario).isEqualTo(refusal);
            return Optional.empty();
        }
    }

    private static LocalTime time(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }

    /** The salon written through the API, with its ids. */
    static final class World {
        long branch;
        long client;
        final List<Long> resourceIds = new ArrayList<>();
        final List<Long> serviceIds = new ArrayList<>();
        final List<Long> masterIds = new ArrayList<>();

        static World build(Salon scenario) {
            World world = new World();
            clock.set(scenario.now().atZone(ZONE).toInstant());
            world.branch = salon.branch("Филиал " + System.nanoTime());
            DeskInternals.database(desk).inCatalogTransaction(session -> {
                Branch branch = session.find(Branch.class, world.branch);
                branch.setTimeZone(ZONE);
                branch.setMinLeadMinutes(scenario.lead());
                branch.setSlotIntervalMinutes(scenario.interval());
            });
            for (int quantity : scenario.resources()) {
                world.resourceIds.add(desk.resources().createResource(world.branch,
                        "Ресурс " + world.resourceIds.size(), quantity));
            }
            for (ServiceSpec spec : scenario.services()) {
                long id = salon.service(world.branch, "Услуга " + world.serviceIds.size(), spec.minutes(), "100");
                world.serviceIds.add(id);
                desk.resources().setPhases(id, spec.before(), spec.processing(), spec.needs().stream()
                        .map(need -> new ServiceNeed(id, world.resourceIds.get(need.resource()),
                                ServiceNeed.Phase.valueOf(need.phase()))).toList());
            }
            LocalDate today = scenario.today();
            for (MasterSpec spec : scenario.masters()) {
                long id = desk.masters().createMaster(world.branch, "Мастер " + world.masterIds.size(), null, null);
                world.masterIds.add(id);
                if (!spec.provides().isEmpty()) {
                    desk.provisions().assignServices(id, spec.provides().stream()
                            .map(terms -> world.serviceIds.get(terms.service())).toList());
                }
                for (Terms terms : spec.provides()) {
                    long service = world.serviceIds.get(terms.service());
                    if (terms.minutes() != null) {
                        salon.override(id, service, null, terms.minutes());
                    }
                    if (terms.processing() != null) {
                        desk.resources().setOwnProcessing(id, service, terms.before(), terms.processing());
                    }
                }
                for (DayOfWeek day : DayOfWeek.values()) {
                    desk.schedules().setWeeklyShift(id, day, time(spec.shiftStart()), time(spec.shiftEnd()));
                }
                // A break the desk refuses (one overlapping another) is left out of the salon and of the oracle.
                spec.breaks().removeIf(pause -> {
                    try {
                        desk.schedules().addBreak(id, today.plusDays(pause[0]), time(pause[1]), time(pause[2]));
                        return false;
                    } catch (SalonDeskException refused) {
                        return true;
                    }
                });
            }
            world.client = salon.client("Клиент");
            return world;
        }

        List<Long> services(List<Integer> indexes) {
            return indexes.stream().map(serviceIds::get).toList();
        }

        Long master(Integer index) {
            return index == null ? null : masterIds.get(index);
        }

        /** A visit's steps: the first with the call's master (or any), the others with any. */
        List<VisitStep> steps(List<List<Integer>> steps, Integer firstMaster) {
            List<VisitStep> result = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                result.add(new VisitStep(services(steps.get(i)), i == 0 ? master(firstMaster) : null));
            }
            return result;
        }
    }

    /**
     * The rules read minute by minute. A visit's services follow one another; a service's master works before and
     * after its processing window and is free within it (only the visit's first window counts; a master's own window
     * replaces the service's and counts only when it leaves work on both sides); a resource is taken over the whole
     * service, or over its phase when the service has processing. A start is free when the visit lies within the
     * shift, not before now plus lead, the master's working minutes touch no break and no working minute of another
     * visit or hold of hers, and every resource has a unit left at every minute it is taken.
     */
    static final class Oracle {
        private final Salon salon;
        /** Made visits: master, day, start, and per minute of the visit whether she works and what it takes. */
        private final List<Visit> visits = new ArrayList<>();

        record Visit(int master, int day, int start, boolean[] works, List<int[]> takes) {
        }

        Oracle(Salon salon) {
            this.salon = salon;
        }

        /** The visit as master {@code m} does {@code services}: works[minute], and {resource, from, to} taken. */
        Visit plan(int m, List<Integer> services, int day, int start) {
            int length = 0;
            for (int s : services) {
                length += minutes(m, s);
            }
            boolean[] works = new boolean[length];
            java.util.Arrays.fill(works, true);
            List<int[]> takes = new ArrayList<>();
            int offset = 0;
            boolean windowUsed = false;
            for (int s : services) {
                int minutes = minutes(m, s);
                int[] window = window(m, s, minutes);
                if (window != null && !windowUsed) {
                    windowUsed = true;
                    for (int minute = window[0]; minute < window[0] + window[1]; minute++) {
                        works[offset + minute] = false;
                    }
                }
                for (NeedSpec need : salon.services().get(s).needs()) {
                    int from = 0;
                    int to = minutes;
                    if (window != null) {
                        switch (need.phase()) {
                            case "BEFORE" -> to = window[0];
                            case "PROCESSING" -> {
                                from = window[0];
                                to = window[0] + window[1];
                            }
                            case "AFTER" -> from = window[0] + window[1];
                            default -> {
                            }
                        }
                    }
                    takes.add(new int[]{need.resource(), offset + from, offset + to});
                }
                offset += minutes;
            }
            return new Visit(m, day, start, works, takes);
        }

        private Terms terms(int m, int s) {
            return salon.masters().get(m).provides().stream().filter(t -> t.service() == s).findFirst().orElse(null);
        }

        private int minutes(int m, int s) {
            Terms terms = terms(m, s);
            return terms.minutes() != null ? terms.minutes() : salon.services().get(s).minutes();
        }

        /** {before, processing} of service s as master m does it in {@code minutes}, or null when she works it all. */
        private int[] window(int m, int s, int minutes) {
            Terms terms = terms(m, s);
            int before = terms.processing() != null ? terms.before() : salon.services().get(s).before();
            int processing = terms.processing() != null ? terms.processing() : salon.services().get(s).processing();
            return before > 0 && processing > 0 && before + processing < minutes ? new int[]{before, processing} : null;
        }

        /** Why no master takes it: the one named does not do all of it, or nobody is free then. */
        ErrorCode refusal(List<Integer> services, Integer master) {
            return master != null && !provides(master, services) ? ErrorCode.MASTER_NOT_ELIGIBLE
                    : ErrorCode.SLOT_UNAVAILABLE;
        }

        boolean provides(int m, List<Integer> services) {
            return services.stream().allMatch(s -> terms(m, s) != null);
        }

        boolean free(Visit visit, int ignored) {
            MasterSpec master = salon.masters().get(visit.master());
            int end = visit.start() + visit.works().length;
            LocalDateTime earliest = salon.now().plusMinutes(salon.lead());
            if (visit.start() < master.shiftStart() || end > master.shiftEnd()
                    || salon.today().plusDays(visit.day()).atTime(time(visit.start())).isBefore(earliest)) {
                return false;
            }
            for (int i = 0; i < visit.works().length; i++) {
                int minute = visit.start() + i;
                if (!visit.works()[i]) {
                    continue;
                }
                for (int[] pause : master.breaks()) {
                    if (pause[0] == visit.day() && pause[1] <= minute && minute < pause[2]) {
                        return false;
                    }
                }
                for (int v = 0; v < visits.size(); v++) {
                    Visit other = visits.get(v);
                    if (v != ignored && other != null && other.master() == visit.master()
                            && other.day() == visit.day() && worksAt(other, minute)) {
                        return false;
                    }
                }
            }
            for (int[] take : visit.takes()) {
                for (int minute = visit.start() + take[1]; minute < visit.start() + take[2]; minute++) {
                    int inUse = 0;
                    for (int v = 0; v < visits.size(); v++) {
                        Visit other = visits.get(v);
                        if (v != ignored && other != null && other.day() == visit.day() && takesAt(other, take[0],
                                minute)) {
                            inUse++;
                        }
                    }
                    if (inUse + 1 > salon.resources().get(take[0])) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean worksAt(Visit visit, int minute) {
            int i = minute - visit.start();
            return i >= 0 && i < visit.works().length && visit.works()[i];
        }

        private static boolean takesAt(Visit visit, int resource, int minute) {
            for (int[] take : visit.takes()) {
                if (take[0] == resource && visit.start() + take[1] <= minute && minute < visit.start() + take[2]) {
                    return true;
                }
            }
            return false;
        }

        private int workedMinutes(int m, int day) {
            int total = 0;
            for (Visit visit : visits) {
                if (visit != null && visit.master() == m && visit.day() == day) {
                    for (boolean works : visit.works()) {
                        total += works ? 1 : 0;
                    }
                }
            }
            return total;
        }

        private List<Integer> candidates(List<Integer> services, Integer master) {
            return IntStream.range(0, salon.masters().size()).filter(m -> master == null || m == master)
                    .filter(m -> provides(m, services)).boxed().toList();
        }

        /** Who gets a booking at {@code start}: among the masters free then, the fewest worked minutes, then index. */
        Optional<Integer> choose(List<Integer> services, Integer master, int day, int start) {
            return candidates(services, master).stream()
                    .filter(m -> free(plan(m, services, day, start), -1))
                    .min(Comparator.comparingInt((Integer m) -> workedMinutes(m, day)).thenComparingInt(m -> m));
        }

        List<Integer> slots(List<Integer> services, Integer master, int day, int interval) {
            TreeSet<Integer> union = new TreeSet<>();
            for (int m : candidates(services, master)) {
                MasterSpec spec = salon.masters().get(m);
                for (int t = spec.shiftStart(); t < spec.shiftEnd(); t += interval) {
                    if (free(plan(m, services, day, t), -1)) {
                        union.add(t);
                    }
                }
            }
            return List.copyOf(union);
        }

        /** A call's services as a visit: each its own step; one service twice when the call has one. */
        static List<List<Integer>> steps(Call call) {
            List<Integer> services = call.services();
            return services.size() == 1 ? List.of(services, services)
                    : services.stream().map(List::of).toList();
        }

        /**
         * The masters of a visit at {@code start} (step by step), or empty: each step starts where the one before
         * ends (or all at {@code start} when parallel, each with another master); of the masters who provide a step
         * (the first step's named master only), the fewest worked minutes before the visit first, then the index;
         * the first combination in that order that fits, the earlier steps counted as made.
         */
        Optional<List<Integer>> visit(List<List<Integer>> steps, Integer firstMaster, boolean parallel, int day,
                                      int start) {
            List<Integer> chosen = new ArrayList<>();
            int before = visits.size();
            boolean found = visitFrom(steps, firstMaster, parallel, day, start, start, chosen);
            while (visits.size() > before) {
                visits.remove(visits.size() - 1);
            }
            return found ? Optional.of(List.copyOf(chosen)) : Optional.empty();
        }

        private boolean visitFrom(List<List<Integer>> steps, Integer firstMaster, boolean parallel, int day,
                                  int visitStart, int stepStart, List<Integer> chosen) {
            int index = chosen.size();
            if (index == steps.size()) {
                return true;
            }
            int start = parallel ? visitStart : stepStart;
            List<Integer> order = new ArrayList<>(candidates(steps.get(index), index == 0 ? firstMaster : null));
            int base = visits.size() - index;
            order.sort(Comparator.comparingInt((Integer m) -> workedMinutesBefore(m, day, base))
                    .thenComparingInt(m -> m));
            for (int m : order) {
                if (parallel && chosen.contains(m)) {
                    continue;
                }
                Visit visit = plan(m, steps.get(index), day, start);
                if (start + visit.works().length > 24 * 60 || !free(visit, -1)) {
                    continue;
                }
                chosen.add(m);
                visits.add(visit);
                if (visitFrom(steps, firstMaster, parallel, day, visitStart, start + visit.works().length,
                        chosen)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
                visits.remove(visits.size() - 1);
            }
            return false;
        }

        /** Worked minutes counting only the first {@code count} visits: the day as it was before the visit. */
        private int workedMinutesBefore(int m, int day, int count) {
            int total = 0;
            for (int i = 0; i < count; i++) {
                Visit visit = visits.get(i);
                if (visit != null && visit.master() == m && visit.day() == day) {
                    for (boolean works : visit.works()) {
                        total += works ? 1 : 0;
                    }
                }
            }
            return total;
        }

        /** Starts of the day at which the visit fits, tried on the grids of the first step's masters. */
        List<Integer> visitStarts(List<List<Integer>> steps, Integer firstMaster, boolean parallel, int day,
                                  int interval) {
            TreeSet<Integer> tried = new TreeSet<>();
            LocalDateTime earliest = salon.now().plusMinutes(salon.lead());
            for (int m : candidates(steps.get(0), firstMaster)) {
                MasterSpec spec = salon.masters().get(m);
                int length = plan(m, steps.get(0), day, 0).works().length;
                for (int t = spec.shiftStart(); t + length <= spec.shiftEnd(); t += interval) {
                    if (!salon.today().plusDays(day).atTime(time(t)).isBefore(earliest)) {
                        tried.add(t);
                    }
                }
            }
            return tried.stream().filter(t -> visit(steps, firstMaster, parallel, day, t).isPresent()).toList();
        }

        void addVisit(List<List<Integer>> steps, List<Integer> masters, boolean parallel, int day, int start) {
            int at = start;
            for (int i = 0; i < steps.size(); i++) {
                Visit visit = plan(masters.get(i), steps.get(i), day, parallel ? start : at);
                visits.add(visit);
                at += visit.works().length;
            }
        }

        void add(int master, List<Integer> services, int day, int start) {
            visits.add(plan(master, services, day, start));
        }

        void remove(int index) {
            visits.set(index, null);
        }

        private Visit movedTo(int index, int day, int start) {
            Visit visit = visits.get(index);
            return new Visit(visit.master(), day, start, visit.works(), visit.takes());
        }

        boolean canMove(int index, int day, int start) {
            return free(movedTo(index, day, start), index);
        }

        void move(int index, int day, int start) {
            visits.set(index, movedTo(index, day, start));
        }

        List<Integer> moveTargets(int index, int day) {
            MasterSpec spec = salon.masters().get(visits.get(index).master());
            List<Integer> starts = new ArrayList<>();
            for (int t = spec.shiftStart(); t < spec.shiftEnd(); t += 5) {
                if (canMove(index, day, t)) {
                    starts.add(t);
                }
            }
            return starts;
        }
    }
}
