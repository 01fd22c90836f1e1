package org.salondesk.availability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public List<LocalTime> slots(long branchId, List<Long> serviceIds, LocalDate date, Long employeeId,
                                 Integer slotInterval) {
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            BookableServices request = resolve(connection, branchId, serviceIds, employeeId);
            int interval = interval(slotInterval, request.branch());
            requireNotPast(date, request.branch());
            FreeTime free = freeTime(connection, request.branch(), employeeId, date, date);
            return free.slots(request.offers(), date, interval);
        });
    }

    /** Free starts on a date for each eligible master that has any, masters by id. */
    public Map<Long, List<LocalTime>> slotsByEmployee(long branchId, List<Long> serviceIds, LocalDate date,
                                                      Long employeeId, Integer slotInterval) {
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            BookableServices request = resolve(connection, branchId, serviceIds, employeeId);
            int interval = interval(slotInterval, request.branch());
            requireNotPast(date, request.branch());
            FreeTime free = freeTime(connection, request.branch(), employeeId, date, date);
            return free.slotsByEmployee(request.offers(), date, interval);
        });
    }

    /**
     * Free starts on a date, each with the master who would take it (rule 6's fair choice when no master is named):
     * what the desk's booking dialog offers.
     */
    public List<SlotOffer> offers(long branchId, List<Long> serviceIds, LocalDate date, Long employeeId,
                                  Integer slotInterval) {
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            BookableServices request = resolve(connection, branchId, serviceIds, employeeId);
            int interval = interval(slotInterval, request.branch());
            requireNotPast(date, request.branch());
            FreeTime free = freeTime(connection, request.branch(), employeeId, date, date);
            return free.offers(request.offers(), date, interval);
        });
    }

    /** Dates from today within {@code daysLimit} days with a free start (rule 5), cut to {@code maxDatesCount}. */
    public List<LocalDate> dates(long branchId, List<Long> serviceIds, Long employeeId, Integer daysLimit,
                                 Integer maxDatesCount) {
        int days = daysLimit == null ? DEFAULT_DAYS_LIMIT : daysLimit;
        Require.that(days > 0 && days <= MAX_DAYS_LIMIT, "error.daysLimit.invalid", days, MAX_DAYS_LIMIT);
        Require.that(maxDatesCount == null || maxDatesCount > 0, "error.maxDates.invalid", maxDatesCount);
        int max = maxDatesCount == null ? Integer.MAX_VALUE : maxDatesCount;
        return database.withConnection(connection -> {
            BookableServices request = resolve(connection, branchId, serviceIds, employeeId);
            LocalDate today = today(request.branch());
            LocalDate last = today.plusDays(days - 1L);
            FreeTime free = freeTime(connection, request.branch(), employeeId, today, last);
            return free.dates(request.offers(), today, days, request.branch().slotIntervalMinutes(), max);
        });
    }

    /** The masters' schedules, to show working time, days off and breaks (rule 2); one master's, or all. */
    public Map<Long, EmployeeSchedule> schedules(long branchId, Long employeeId, LocalDate from, LocalDate to) {
        return database.withConnection(connection -> {
            Map<Long, EmployeeSchedule> all = catalog(connection, branchId).schedules();
            return employeeId == null ? all : all.entrySet().stream()
                    .filter(entry -> entry.getKey().equals(employeeId))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        });
    }

    /**
     * The branch's catalogue and schedules as of now: from memory while the catalogue version has not moved, read
     * again (in a few queries) when it has. On a transaction's connection it sees what that transaction sees.
     */
    public BranchCatalog catalog(Connection connection, long branchId) throws SQLException {
        long version = loader.catalogVersion(connection);
        BranchCatalog cached = catalogs.get(branchId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        BranchCatalog loaded = loader.branchCatalog(connection, branchId, version)
                .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId));
        catalogs.put(branchId, loaded);
        return loaded;
    }

    /**
     * Checks a request for services (rule 1 and the argument rules) and finds the eligible masters, on the caller's
     * connection.
     */
    public BookableServices resolve(Connection connection, long branchId, List<Long> serviceIds, Long employeeId)
            throws SQLException {
        BranchCatalog catalog = catalog(connection, branchId);
        BranchSettings branch = catalog.branch();
        Require.that(branch.active(), "error.branch.inactive", branch.name());
        Require.notEmpty(serviceIds, "field.services");
        Set<Long> distinct = new HashSet<>();
        for (Long id : serviceIds) {
            Require.present(id, "field.services");
            Require.that(distinct.add(id), "error.services.duplicate", id);
        }
        List<AvailabilityLoader.ServiceRow> ordered = new ArrayList<>();
        for (Long id : serviceIds) {
            AvailabilityLoader.ServiceRow row = catalog.services().get(id);
            if (row == null) {
                // Not this branch's: another branch's service, or none at all.
                AvailabilityLoader.ServiceRow elsewhere = loader.services(connection, List.of(id)).stream()
                        .findFirst()
                        .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.notFound", id));
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.service.otherBranch",
                        elsewhere.title(), branch.name());
            }
            Require.that(row.active(), "error.service.blocked", row.title());
            ordered.add(row);
        }
        List<Eligibility.RequestedService> requested = ordered.stream()
                .map(row -> new Eligibility.RequestedService(row.id(), row.price(), row.durationMinutes()))
                .toList();
        List<EmployeeOffer> offers = Eligibility.offers(requested, catalog.provisions());
        if (employeeId != null) {
            AvailabilityLoader.EmployeeRow employee = catalog.employees().get(employeeId);
            if (employee == null) {
                AvailabilityLoader.EmployeeRow elsewhere = loader.employee(connection, employeeId).orElseThrow(
                        () -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", employeeId));
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.employee.otherBranch",
                        elsewhere.name(), branch.name());
            }
            offers = offers.stream().filter(offer -> offer.employeeId() == employeeId).toList();
            if (offers.isEmpty()) {
                throw new SalonDeskException(ErrorCode.EMPLOYEE_NOT_ELIGIBLE,
                        employee.active() ? "error.employee.notEligible" : "error.employee.inactive", employee.name());
            }
        }
        return new BookableServices(branch, ordered, offers);
    }

    /** The branch, refused when it does not exist or is closed. */
    public BranchSettings branch(Connection connection, long branchId) throws SQLException {
        BranchSettings branch = catalog(connection, branchId).branch();
        Require.that(branch.active(), "error.branch.inactive", branch.name());
        return branch;
    }

    /** Free time of a branch (or one master) over [from, to], read on the caller's connection. */
    public FreeTime freeTime(Connection connection, BranchSettings branch, Long employeeId, LocalDate from,
                             LocalDate to, Occupation... ignored) throws SQLException {
        Map<Long, EmployeeSchedule> schedules = catalog(connection, branch.id()).schedules();
        List<Occupation> occupations = loader.occupations(connection, branch.id(), employeeId, from, to);
        return new FreeTime(schedules, occupations, clock.instant(), branch.zone(), branch.leadMinutes(),
                List.of(ignored));
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
