package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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
 * Slots, dates, the choice of master on create and moves of bookings, against a brute-force oracle written from
 * DESIGN rules 1–7 alone: it knows nothing of {@link SlotGrid} or {@link FreeTime} and checks every minute of every
 * candidate.
 * Each try builds a random branch (zone, lead time, slot step, services, masters with weekly and dated shifts,
 * days off, breaks, bookings in every status, live and expired holds) in one shared database, so earlier tries'
 * branches are there as neighbours that must not leak in.
 */
class AvailabilityPropertyTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Moscow"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Vladivostok"));
    private static final int[] INTERVALS = {5, 10, 15, 20, 25, 30, 45, 60, 90};
    private static final int[] BRANCH_INTERVALS = {5, 10, 15, 20, 30, 30, 60};
    private static final int LAST_MINUTE = 23 * 60 + 55;

    private static MutableClock clock;
    private static SalonDesk desk;
    private static TestSalon salon;

    @BeforeContainer
    static void openDesk() {
        clock = MutableClock.at(LocalDateTime.of(2026, 1, 1, 0, 0));
        desk = TestDatabases.freshDesk(clock);
        salon = new TestSalon(desk);
    }

    @AfterContainer
    static void closeDesk() {
        desk.close();
    }

    @Provide
    Arbitrary<Scenario> salons() {
        return Arbitraries.randomValue(Scenario::random);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void slotsDatesCreatesAndMovesMatchTheOracle(@ForAll("salons") Scenario scenario) {
        World world = World.build(scenario);
        Oracle oracle = new Oracle(scenario, world.bookings);

        // Bookings made through the API: each succeeds exactly when the oracle finds a free master, and without a
        // master the fairest one is chosen. Successes join the world the later checks see.
        Map<Integer, Long> made = new HashMap<>();
        for (Scenario.Attempt attempt : scenario.attempts()) {
            LocalDate date = scenario.today().plusDays(attempt.day());
            int start = attempt.start();
            if (attempt.atAFreeTime()) {
                // half the attempts aim at a time the oracle thinks free, or most would just be refused
                Expected<List<LocalTime>> free = oracle.slots(attempt.services(), attempt.master(), date, 5);
                if (free.codes().isEmpty() && !free.value().isEmpty()) {
                    start = TimeSpan.minuteOfDay(free.value().get(attempt.start() % free.value().size()));
                }
            }
            int at = start;
            Expected<Integer> expected = oracle.create(attempt.services(), attempt.master(), date, at);
            long[] id = new long[1];
            check("create " + attempt + " at " + time(at), expected, () -> {
                BookingInfo info = desk.booking().createBooking(world.branch, world.serviceIds(attempt.services()),
                        date, time(at), world.masterId(attempt.master()), world.client);
                id[0] = info.id();
                return world.masterIds.indexOf(info.masterId());
            }, scenario);
            if (expected.codes().isEmpty()) {
                int master = expected.value();
                made.put(world.bookings.size(), id[0]);
                world.bookings.add(new Scenario.BookingSpec(master, attempt.services().get(0), attempt.day(), at,
                        oracle.duration(master, attempt.services()), BookingStatus.NEW));
            }
        }

        // Rule 7: moving one of them succeeds exactly when its new time is free, not counting the booking itself.
        List<Integer> movable = made.keySet().stream().sorted().toList();
        for (Scenario.Move move : movable.isEmpty() ? List.<Scenario.Move>of() : scenario.moves()) {
            int index = movable.get(move.which() % movable.size());
            LocalDate date = scenario.today().plusDays(move.day());
            int start = move.start();
            if (move.toAFreeTime() && !date.isBefore(scenario.today())) {
                List<Integer> targets = oracle.moveTargets(index, date);
                if (!targets.isEmpty()) {
                    start = targets.get(move.start() % targets.size());
                }
            }
            int to = start;
            Expected<Boolean> expected = oracle.move(index, date, to);
            check("move " + world.bookings.get(index) + " to day " + move.day() + " " + time(to), expected, () -> {
                desk.booking().modifyBookingTime(made.get(index), date, time(to));
                return true;
            }, scenario);
            if (expected.codes().isEmpty()) {
                Scenario.BookingSpec old = world.bookings.get(index);
                world.bookings.set(index, new Scenario.BookingSpec(old.master(), old.service(), move.day(), to,
                        old.minutes(), old.status()));
            }
        }

        List<Long> requested = world.serviceIds(scenario.requested());
        List<Integer> whom = new ArrayList<>();
        whom.add(null);
        IntStream.range(0, scenario.masters().size()).forEach(whom::add);
        for (Integer master : whom) {
            for (Scenario.SlotQuery query : scenario.slotQueries()) {
                LocalDate date = scenario.today().plusDays(query.day());
                int interval = query.interval() == null ? scenario.branchInterval() : query.interval();
                check("slots " + query + " master " + master,
                        oracle.slots(scenario.requested(), master, date, interval),
                        () -> desk.booking().getSlotsForBooking(world.branch, requested, date, world.masterId(master),
                                query.interval()), scenario);
            }
            check("dates master " + master, oracle.dates(scenario.requested(), master),
                    () -> desk.booking().getDatesForBooking(world.branch, requested, world.masterId(master),
                            scenario.daysLimit(), scenario.maxDates()), scenario);
        }
    }

    private static <T> void check(String what, Expected<T> expected, Supplier<T> call, Scenario scenario) {
        // How often each kind of answer was checked, so that a generator gone bland shows in the report.
        Statistics.label(what.substring(0, what.indexOf(' '))).collect(!expected.codes().isEmpty()
                ? "refused " + expected.codes()
                : expected.value() instanceof List<?> list && list.isEmpty() ? "empty" : "answered");
        T actual;
        try {
            actual = call.get();
        } catch (SalonDeskException e) {
            assertThat(expected.codes()).as("%s refused with %s\n%s", what, e, scenario).contains(e.code());
            return;
        }
        if (!expected.codes().isEmpty()) {
            fail("%s answered %s but the oracle expects a refusal with one of %s\n%s", what, actual, expected.codes(),
                    scenario);
        }
        assertThat(actual).as("%s\n%s", what, scenario).isEqualTo(expected.value());
    }

    private static LocalTime time(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** What a call must do: answer {@code value}, or (when {@code codes} is not empty) refuse with one of them. */
    record Expected<T>(T value, Set<ErrorCode> codes) {
        static <T> Expected<T> answer(T value) {
            return new Expected<>(value, Set.of());
        }

        static <T> Expected<T> refusal(Set<ErrorCode> codes) {
            return new Expected<>(null, codes);
        }
    }

    /** A random salon, in plain numbers: minutes of the day, days after today, indexes into the lists. */
    record Scenario(ZoneId zone, LocalDateTime now, int lead, int branchInterval, List<ServiceSpec> services,
                    List<MasterSpec> masters, List<BookingSpec> bookings, List<HoldSpec> holds,
                    List<Attempt> attempts, List<Move> moves, List<Integer> requested, List<SlotQuery> slotQueries, Integer daysLimit,
                    Integer maxDates) {

        record Span(int start, int end) {
            @Override
            public String toString() {
                return time(start) + "-" + time(end);
            }
        }

        record ServiceSpec(int minutes, int price, boolean active) {
        }

        /** The master provides service number {@code service}, with her own minutes and price where not null. */
        record Provision(int service, Integer minutes, Integer price) {
        }

        record MasterSpec(boolean active, List<Provision> provides, Map<DayOfWeek, Span> weekly,
                          Map<Integer, Span> dated, Set<Integer> daysOff, List<DaySpan> breaks) {
        }

        record DaySpan(int day, Span span) {
        }

        record BookingSpec(int master, int service, int day, int start, int minutes, BookingStatus status) {
        }

        record HoldSpec(int master, int day, int start, int minutes, int secondsToLive) {
        }

        /** A createBooking call; {@code master} null means any. */
        record Attempt(List<Integer> services, Integer master, int day, int start, boolean atAFreeTime) {
        }

        record SlotQuery(int day, Integer interval) {
        }

        /** A modifyBookingTime call on one of the bookings made through the API ({@code which} modulo their count). */
        record Move(int which, int day, int start, boolean toAFreeTime) {
        }

        LocalDate today() {
            return now.toLocalDate();
        }

        Instant instant() {
            return now.atZone(zone).toInstant();
        }

        static Scenario random(Random random) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            LocalDate today = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(400));
            // mostly on the half hour in the working day, where candidate starts meet now plus lead exactly
            LocalTime time = LocalTime.of(0, 0).plusMinutes(random.nextInt(4) == 0 ? random.nextInt(24 * 60)
                    : 8 * 60 + 30 * random.nextInt(24));
            if (random.nextBoolean()) {
                time = time.plusSeconds(random.nextInt(60)).plusNanos(random.nextInt(3) == 0 ? 1 : 0);
            }
            LocalDateTime now = today.atTime(time);
            int[] leads = {0, 0, 0, 0, 15, 30, 60, 90, 120, 240, random.nextInt(300)};
            int lead = leads[random.nextInt(leads.length)];
            int branchInterval = BRANCH_INTERVALS[random.nextInt(BRANCH_INTERVALS.length)];

            List<ServiceSpec> services = new ArrayList<>();
            int serviceCount = 1 + random.nextInt(4);
            for (int i = 0; i < serviceCount; i++) {
                services.add(new ServiceSpec(5 * (1 + random.nextInt(24)), random.nextInt(5000),
                        random.nextInt(12) != 0));
            }
            List<MasterSpec> masters = new ArrayList<>();
            int masterCount = 1 + random.nextInt(4);
            for (int i = 0; i < masterCount; i++) {
                List<Provision> provides = new ArrayList<>();
                for (int s = 0; s < serviceCount; s++) {
                    if (random.nextInt(10) < 8) {
                        provides.add(new Provision(s,
                                random.nextInt(4) == 0 ? 5 * (1 + random.nextInt(24)) : null,
                                random.nextInt(4) == 0 ? random.nextInt(5000) : null));
                    }
                }
                Map<DayOfWeek, Span> weekly = new EnumMap<>(DayOfWeek.class);
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (random.nextInt(10) < 6) {
                        weekly.put(day, shift(random));
                    }
                }
                Map<Integer, Span> dated = new HashMap<>();
                for (int n = random.nextInt(3); n > 0; n--) {
                    dated.put(day(random), shift(random));
                }
                Set<Integer> daysOff = new TreeSet<>();
                for (int n = random.nextInt(3); n > 0; n--) {
                    daysOff.add(day(random));
                }
                List<DaySpan> breaks = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    breaks.add(new DaySpan(day(random), span(random, 6 * 60, 22 * 60, 120)));
                }
                masters.add(new MasterSpec(random.nextInt(10) != 0, provides, weekly, dated, daysOff, breaks));
            }
            List<BookingSpec> bookings = new ArrayList<>();
            BookingStatus[] statuses = BookingStatus.values();
            for (int n = random.nextInt(13); n > 0; n--) {
                Span span = span(random, 6 * 60, 22 * 60, 180);
                BookingStatus status = random.nextInt(3) == 0 ? BookingStatus.CONFIRMED
                        : statuses[random.nextInt(statuses.length)];
                bookings.add(new BookingSpec(random.nextInt(masterCount), random.nextInt(serviceCount), day(random),
                        span.start(), span.end() - span.start(), status));
            }
            List<HoldSpec> holds = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                Span span = span(random, 6 * 60, 22 * 60, 120);
                int secondsToLive = random.nextInt(5) == 0 ? 0 : random.nextInt(3600) - 1800;
                holds.add(new HoldSpec(random.nextInt(masterCount), day(random), span.start(),
                        span.end() - span.start(), secondsToLive));
            }
            List<Attempt> attempts = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                attempts.add(new Attempt(someServices(random, serviceCount),
                        random.nextBoolean() ? null : random.nextInt(masterCount), random.nextInt(4),
                        5 * random.nextInt((LAST_MINUTE - 6 * 60) / 5) + 6 * 60, random.nextBoolean()));
            }
            List<Move> moves = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                moves.add(new Move(random.nextInt(100), random.nextInt(20) == 0 ? -1 : random.nextInt(4),
                        5 * random.nextInt((LAST_MINUTE - 6 * 60) / 5) + 6 * 60, random.nextBoolean()));
            }
            List<SlotQuery> slotQueries = new ArrayList<>();
            slotQueries.add(new SlotQuery(0, interval(random)));
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                slotQueries.add(new SlotQuery(random.nextInt(20) == 0 ? -1 : random.nextInt(9), interval(random)));
            }
            Integer daysLimit = random.nextInt(4) == 0 ? null : 1 + random.nextInt(10);
            Integer maxDates = random.nextBoolean() ? null : 1 + random.nextInt(5);
            List<Integer> requested = random.nextBoolean() ? someServices(random, serviceCount)
                    : someServices(random, serviceCount).subList(0, 1);
            return new Scenario(zone, now, lead, branchInterval, services, masters, bookings, holds, attempts,
                    moves, requested, slotQueries, daysLimit, maxDates);
        }

        private static List<Integer> someServices(Random random, int serviceCount) {
            List<Integer> all = new ArrayList<>(IntStream.range(0, serviceCount).boxed().toList());
            Collections.shuffle(all, random);
            return List.copyOf(all.subList(0, 1 + random.nextInt(Math.min(3, serviceCount))));
        }

        private static Integer interval(Random random) {
            return random.nextInt(4) == 0 ? null : INTERVALS[random.nextInt(INTERVALS.length)];
        }

        /** A day from yesterday to nine days ahead, today most often: that is where "now" matters. */
        private static int day(Random random) {
            return random.nextInt(3) == 0 ? 0 : random.nextInt(11) - 1;
        }

        private static Span shift(Random random) {
            int start = 6 * 60 + 5 * random.nextInt(97);
            int end = Math.min(start + 30 + 5 * random.nextInt(139), LAST_MINUTE);
            return new Span(start, end);
        }

        private static Span span(Random random, int from, int to, int longest) {
            int start = from + 5 * random.nextInt((to - from) / 5);
            return new Span(start, Math.min(start + 5 * (1 + random.nextInt(longest / 5)), LAST_MINUTE));
        }
    }

    /** The scenario written into the database, with the ids it got. */
    static final class World {
        long branch;
        long client;
        final List<Long> serviceIds = new ArrayList<>();
        final List<Long> masterIds = new ArrayList<>();
        final List<Scenario.BookingSpec> bookings;

        private World(Scenario scenario) {
            this.bookings = new ArrayList<>(scenario.bookings());
        }

        static World build(Scenario scenario) {
            World world = new World(scenario);
            clock.set(scenario.instant());
            world.branch = salon.branch("Филиал " + scenario.zone());
            DeskInternals.database(desk).inCatalogTransaction(session -> {
                Branch branch = session.find(Branch.class, world.branch);
                branch.setTimeZone(scenario.zone());
                branch.setMinLeadMinutes(scenario.lead());
                branch.setSlotIntervalMinutes(scenario.branchInterval());
            });
            for (Scenario.ServiceSpec service : scenario.services()) {
                world.serviceIds.add(desk.serviceCatalog().createService(world.branch, null, "Услуга " + world.serviceIds.size(),
                        null, BigDecimal.valueOf(service.price()), service.minutes()));
            }
            LocalDate today = scenario.today();
            for (Scenario.MasterSpec master : scenario.masters()) {
                long id = desk.masters().createMaster(world.branch, "Мастер " + world.masterIds.size(), null, null);
                world.masterIds.add(id);
                if (!master.provides().isEmpty()) {
                    desk.provisions().assignServices(id, master.provides().stream()
                            .map(p -> world.serviceIds.get(p.service())).toList());
                }
                for (Scenario.Provision provision : master.provides()) {
                    if (provision.minutes() != null || provision.price() != null) {
                        salon.override(id, world.serviceIds.get(provision.service()),
                                provision.price() == null ? null : provision.price().toString(), provision.minutes());
                    }
                }
                master.weekly().forEach((day, span) ->
                        desk.schedules().setWeeklyShift(id, day, time(span.start()), time(span.end())));
                master.dated().forEach((day, span) -> desk.schedules().setDatedShift(id, today.plusDays(day),
                        time(span.start()), time(span.end())));
                master.daysOff().forEach(day -> desk.schedules().addDayOff(id, today.plusDays(day)));
                master.breaks().forEach(pause -> desk.schedules().addBreak(id, today.plusDays(pause.day()),
                        time(pause.span().start()), time(pause.span().end())));
                if (!master.active()) {
                    desk.masters().setMasterActive(id, false);
                }
            }
            for (int i = 0; i < scenario.services().size(); i++) {
                if (!scenario.services().get(i).active()) {
                    desk.serviceCatalog().setServiceActive(world.serviceIds.get(i), false);
                }
            }
            world.client = salon.client("Клиент");
            // Bookings that overlap one written before them can only be ones kept from before the database refused
            // overlaps (decision 0011); the desk must count them as taken all the same.
            List<Scenario.BookingSpec> guarded = new ArrayList<>();
            for (Scenario.BookingSpec booking : scenario.bookings()) {
                boolean blocking = booking.status() != BookingStatus.CANCELLED
                        && booking.status() != BookingStatus.NO_SHOW;
                boolean kept = blocking && guarded.stream().anyMatch(other -> overlap(other, booking));
                Inserter insert = kept ? salon::insertKeptOverlap : salon::insertBooking;
                insert.insert(world.branch, world.masterIds.get(booking.master()), world.client,
                        world.serviceIds.get(booking.service()), today.plusDays(booking.day()), time(booking.start()),
                        booking.minutes(), booking.status());
                if (blocking && !kept) {
                    guarded.add(booking);
                }
            }
            for (Scenario.HoldSpec hold : scenario.holds()) {
                salon.insertHold(world.branch, world.masterIds.get(hold.master()),
                        List.of(world.serviceIds.get(0)), today.plusDays(hold.day()), time(hold.start()),
                        hold.minutes(), scenario.instant(), java.time.Duration.ofSeconds(hold.secondsToLive()));
            }
            return world;
        }

        private static boolean overlap(Scenario.BookingSpec one, Scenario.BookingSpec other) {
            return one.master() == other.master() && one.day() == other.day()
                    && one.start() < other.start() + other.minutes() && other.start() < one.start() + one.minutes();
        }

        /** TestSalon's two ways of writing a booking straight to the database. */
        @FunctionalInterface
        private interface Inserter {
            long insert(long branchId, long masterId, long clientId, long serviceId, LocalDate date, LocalTime start,
                        int minutes, BookingStatus status);
        }

        List<Long> serviceIds(List<Integer> indexes) {
            return indexes.stream().map(serviceIds::get).toList();
        }

        Long masterId(Integer index) {
            return index == null ? null : masterIds.get(index);
        }
    }

    /**
     * Rules 1–6 read literally, minute by minute. A master's working time is her dated shift or else her weekly
     * shift, unless the date is a day off; breaks, blocking bookings and live holds take minutes out of it.
     */
    static final class Oracle {
        /** No booking is ignored. */
        static final int NONE = -1;

        private final Scenario scenario;
        private final List<Scenario.BookingSpec> bookings;
        private final LocalDateTime earliest;

        Oracle(Scenario scenario, List<Scenario.BookingSpec> bookings) {
            this.scenario = scenario;
            this.bookings = bookings;
            this.earliest = scenario.now().plusMinutes(scenario.lead());
        }

        Expected<List<LocalTime>> slots(List<Integer> services, Integer master, LocalDate date, int interval) {
            Set<ErrorCode> refusals = refusals(services, master);
            if (date.isBefore(scenario.today())) {
                refusals.add(ErrorCode.INVALID_ARGUMENT);
            }
            if (!refusals.isEmpty()) {
                return Expected.refusal(refusals);
            }
            TreeSet<LocalTime> union = new TreeSet<>();
            for (int m : candidates(services, master)) {
                Scenario.Span shift = shift(m, date);
                if (shift == null) {
                    continue;
                }
                int duration = duration(m, services);
                for (int t = shift.start(); t + duration <= shift.end(); t += interval) {
                    if (free(m, date, t, duration, NONE)) {
                        union.add(time(t));
                    }
                }
            }
            return Expected.answer(List.copyOf(union));
        }

        Expected<List<LocalDate>> dates(List<Integer> services, Integer master) {
            Set<ErrorCode> refusals = refusals(services, master);
            if (!refusals.isEmpty()) {
                return Expected.refusal(refusals);
            }
            int days = scenario.daysLimit() == null ? 14 : scenario.daysLimit();
            int max = scenario.maxDates() == null ? Integer.MAX_VALUE : scenario.maxDates();
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < days && dates.size() < max; i++) {
                LocalDate date = scenario.today().plusDays(i);
                if (!slots(services, master, date, scenario.branchInterval()).value().isEmpty()) {
                    dates.add(date);
                }
            }
            return Expected.answer(dates);
        }

        /** The master (index) a booking at {@code start} goes to, or the refusal. */
        Expected<Integer> create(List<Integer> services, Integer master, LocalDate date, int start) {
            Set<ErrorCode> refusals = refusals(services, master);
            if (date.isBefore(scenario.today())) {
                refusals.add(ErrorCode.INVALID_ARGUMENT);
            }
            if (!refusals.isEmpty()) {
                return Expected.refusal(refusals);
            }
            return candidates(services, master).stream()
                    .filter(m -> fits(m, date, start, duration(m, services), NONE))
                    .min(Comparator.comparingInt((Integer m) -> bookedMinutes(m, date)).thenComparingInt(m -> m))
                    .map(Expected::answer)
                    .orElse(Expected.refusal(EnumSet.of(ErrorCode.SLOT_UNAVAILABLE)));
        }

        int duration(int master, List<Integer> services) {
            int total = 0;
            for (int s : services) {
                Scenario.Provision provision = provision(master, s);
                total += provision != null && provision.minutes() != null
                        ? provision.minutes() : scenario.services().get(s).minutes();
            }
            return total;
        }

        private Set<ErrorCode> refusals(List<Integer> services, Integer master) {
            Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
            if (services.stream().anyMatch(s -> !scenario.services().get(s).active())) {
                codes.add(ErrorCode.INVALID_ARGUMENT);
            } else if (master != null && !eligible(master, services)) {
                codes.add(ErrorCode.MASTER_NOT_ELIGIBLE);
            }
            return codes;
        }

        private List<Integer> candidates(List<Integer> services, Integer master) {
            return IntStream.range(0, scenario.masters().size())
                    .filter(m -> master == null || m == master)
                    .filter(m -> eligible(m, services))
                    .boxed().toList();
        }

        private boolean eligible(int master, List<Integer> services) {
            return scenario.masters().get(master).active()
                    && services.stream().allMatch(s -> scenario.services().get(s).active() && provision(master, s) != null);
        }

        private Scenario.Provision provision(int master, int service) {
            return scenario.masters().get(master).provides().stream()
                    .filter(p -> p.service() == service).findFirst().orElse(null);
        }

        private Scenario.Span shift(int master, LocalDate date) {
            Scenario.MasterSpec spec = scenario.masters().get(master);
            int day = (int) (date.toEpochDay() - scenario.today().toEpochDay());
            if (spec.daysOff().contains(day)) {
                return null;
            }
            Scenario.Span dated = spec.dated().get(day);
            return dated != null ? dated : spec.weekly().get(date.getDayOfWeek());
        }

        /** Inside the shift, not before now plus lead, and no minute of it taken. */
        private boolean fits(int master, LocalDate date, int start, int duration, int ignored) {
            Scenario.Span shift = shift(master, date);
            return shift != null && shift.start() <= start && start + duration <= shift.end()
                    && free(master, date, start, duration, ignored);
        }

        /** Whether booking number {@code index} of the world may move to {@code start} (rule 7). */
        Expected<Boolean> move(int index, LocalDate date, int start) {
            if (date.isBefore(scenario.today())) {
                return Expected.refusal(EnumSet.of(ErrorCode.INVALID_ARGUMENT));
            }
            Scenario.BookingSpec booking = bookings.get(index);
            return fits(booking.master(), date, start, booking.minutes(), index) ? Expected.answer(true)
                    : Expected.refusal(EnumSet.of(ErrorCode.SLOT_UNAVAILABLE));
        }

        /** Starts on the 5-minute marks of the shift where booking {@code index} could move. */
        List<Integer> moveTargets(int index, LocalDate date) {
            Scenario.BookingSpec booking = bookings.get(index);
            Scenario.Span shift = shift(booking.master(), date);
            List<Integer> starts = new ArrayList<>();
            for (int t = shift == null ? 0 : shift.start(); shift != null && t + booking.minutes() <= shift.end();
                 t += 5) {
                if (free(booking.master(), date, t, booking.minutes(), index)) {
                    starts.add(t);
                }
            }
            return starts;
        }

        private boolean free(int master, LocalDate date, int start, int duration, int ignored) {
            if (date.atTime(time(start)).isBefore(earliest)) {
                return false;
            }
            boolean[] taken = takenMinutes(master, date, ignored);
            for (int minute = start; minute < start + duration; minute++) {
                if (taken[minute]) {
                    return false;
                }
            }
            return true;
        }

        private boolean[] takenMinutes(int master, LocalDate date, int ignored) {
            int day = (int) (date.toEpochDay() - scenario.today().toEpochDay());
            boolean[] taken = new boolean[24 * 60];
            Scenario.MasterSpec spec = scenario.masters().get(master);
            for (Scenario.DaySpan pause : spec.breaks()) {
                if (pause.day() == day) {
                    mark(taken, pause.span().start(), pause.span().end());
                }
            }
            for (int i = 0; i < bookings.size(); i++) {
                Scenario.BookingSpec booking = bookings.get(i);
                if (i != ignored && booking.master() == master && booking.day() == day && blocks(booking, date)) {
                    mark(taken, booking.start(), booking.start() + booking.minutes());
                }
            }
            for (Scenario.HoldSpec hold : scenario.holds()) {
                if (hold.master() == master && hold.day() == day && hold.secondsToLive() > 0) {
                    mark(taken, hold.start(), hold.start() + hold.minutes());
                }
            }
            return taken;
        }

        /** Rule 3: not cancelled, and a no-show only until its start. */
        private boolean blocks(Scenario.BookingSpec booking, LocalDate date) {
            return switch (booking.status()) {
                case CANCELLED -> false;
                case NO_SHOW -> !scenario.now().isAfter(date.atTime(time(booking.start())));
                default -> true;
            };
        }

        private int bookedMinutes(int master, LocalDate date) {
            int day = (int) (date.toEpochDay() - scenario.today().toEpochDay());
            int minutes = 0;
            for (Scenario.BookingSpec booking : bookings) {
                if (booking.master() == master && booking.day() == day && blocks(booking, date)) {
                    minutes += booking.minutes();
                }
            }
            for (Scenario.HoldSpec hold : scenario.holds()) {
                if (hold.master() == master && hold.day() == day && hold.secondsToLive() > 0) {
                    minutes += hold.minutes();
                }
            }
            return minutes;
        }

        private static void mark(boolean[] taken, int from, int to) {
            for (int minute = from; minute < to; minute++) {
                taken[minute] = true;
            }
        }
    }
}
