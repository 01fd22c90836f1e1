package org.salondesk.availability;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;


/**
 * Reads what availability needs for one branch and a date range in a handful of queries, with plain JDBC on a
 * connection the caller owns (auto-commit for reads, the booking transaction for writes). It decides nothing.
 */
public final class AvailabilityLoader {

    /** A requested service as the catalogue has it, with its processing window (0 and 0: none). */
    public record ServiceRow(long id, long branchId, String title, BigDecimal price, int durationMinutes,
                             boolean active, int busyBeforeMinutes, int processingMinutes) {
    }

    /** A master as availability sees her. */
    public record MasterRow(long id, long branchId, String name, boolean active) {
    }

    private static final String SERVICE_COLUMNS = "id, branch_id, title, price, duration_minutes, active,"
            + " busy_before_minutes, processing_minutes";

    /** Dates wide enough for "every schedule row" of a branch. */
    private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(2999, 12, 31);

    /** The catalogue version (it moves whenever the catalogue or a schedule changes) and whether any hold is live. */
    public record State(long catalogVersion, boolean liveHolds) {
    }

    /** Reads {@link State} in one round trip: the cheap question every availability answer starts with. */
    public State state(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select version, (select count(*) from"
                + " slot_hold where expires_at > ?) from catalog_version where id = 1")) {
            statement.setObject(1, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new State(rows.getLong(1), rows.getLong(2) > 0) : new State(0, true);
            }
        }
    }

    /** Everything availability keeps of a branch, read at {@code version}; empty when there is no such branch. */
    public Optional<BranchCatalog> branchCatalog(Connection connection, long branchId, long version)
            throws SQLException {
        Optional<BranchSettings> branch = branch(connection, branchId);
        if (branch.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ServiceRow> services = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select " + SERVICE_COLUMNS
                + " from salon_service where branch_id = ?")) {
            statement.setLong(1, branchId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    services.put(rows.getLong(1), serviceRow(rows));
                }
            }
        }
        Map<Long, MasterRow> masters = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, branch_id, name, active from employee where branch_id = ?")) {
            statement.setLong(1, branchId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    masters.put(rows.getLong(1), masterRow(rows));
                }
            }
        }
        return Optional.of(new BranchCatalog(version, branch.get(), services, masters,
                provisions(connection, branchId, null), schedules(connection, branchId, null, EVER_FROM, EVER_TO),
                resources(connection, branchId), needs(connection, branchId)));
    }

    /** How many of each active resource (room, chair, basin, equipment) the branch has. */
    public Map<Long, Integer> resources(Connection connection, long branchId) throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, quantity from resource where branch_id = ? and active = true")) {
            statement.setLong(1, branchId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return result;
    }

    /** The resources each service of the branch takes, and in which phase. */
    public List<ServiceNeed> needs(Connection connection, long branchId) throws SQLException {
        List<ServiceNeed> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select sr.service_id, sr.resource_id,"
                + " sr.phase from service_resource sr join salon_service s on s.id = sr.service_id"
                + " where s.branch_id = ? order by sr.service_id, sr.resource_id")) {
            statement.setLong(1, branchId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new ServiceNeed(rows.getLong(1), rows.getLong(2),
                            ServiceNeed.Phase.valueOf(rows.getString(3))));
                }
            }
        }
        return result;
    }

    public Optional<BranchSettings> branch(Connection connection, long branchId) throws SQLException {
        String sql = "select id, name, address, time_zone, slot_interval_minutes, min_lead_minutes, active,"
                + " booking_days_ahead from branch where id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, branchId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new BranchSettings(rows.getLong(1), rows.getString(2), rows.getString(3),
                        ZoneId.of(rows.getString(4)), rows.getInt(5), rows.getInt(6), rows.getBoolean(7),
                        rows.getInt(8)));
            }
        }
    }

    public List<ServiceRow> services(Connection connection, Collection<Long> serviceIds) throws SQLException {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        String sql = "select " + SERVICE_COLUMNS + " from salon_service where id in ("
                + placeholders(serviceIds.size()) + ")";
        List<ServiceRow> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindAll(statement, 1, serviceIds);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(serviceRow(rows));
                }
            }
        }
        return result;
    }

    public Optional<MasterRow> master(Connection connection, long masterId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, branch_id, name, active from employee where id = ?")) {
            statement.setLong(1, masterId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(masterRow(rows)) : Optional.empty();
            }
        }
    }

    /** What the active masters of a branch provide of the given services (null: of all services). */
    public List<Eligibility.Provision> provisions(Connection connection, long branchId, Collection<Long> serviceIds)
            throws SQLException {
        if (serviceIds != null && serviceIds.isEmpty()) {
            return List.of();
        }
        String sql = "select es.employee_id, es.service_id, es.price, es.duration_minutes,"
                + " es.busy_before_minutes, es.processing_minutes "
                + "from employee_service es join employee e on e.id = es.employee_id "
                + "where e.branch_id = ? and e.active = true"
                + (serviceIds == null ? "" : " and es.service_id in (" + placeholders(serviceIds.size()) + ")");
        List<Eligibility.Provision> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, branchId);
            if (serviceIds != null) {
                bindAll(statement, 2, serviceIds);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Eligibility.Provision(rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3),
                            rows.getObject(4, Integer.class), rows.getObject(5, Integer.class),
                            rows.getObject(6, Integer.class)));
                }
            }
        }
        return result;
    }

    /**
     * The schedules of a branch's masters (or of one master) for dates in [from, to], in one query: weekly template,
     * dated shifts, days off and breaks.
     */
    public Map<Long, MasterSchedule> schedules(Connection connection, long branchId, Long masterId,
                                                 LocalDate from, LocalDate to) throws SQLException {
        String who = masterId == null ? "e.branch_id = ?" : "e.id = ?";
        String join = " join employee e on e.id = x.employee_id where " + who;
        // kind, master, two numbers, two dates, start, end: one shape for every kind of schedule row.
        String sql = "select 'W', x.employee_id, x.day_of_week, 0, cast(null as date), cast(null as date),"
                + " x.start_time, x.end_time from weekly_shift x" + join
                + " union all select 'S', x.employee_id, 0, 0, x.work_date, cast(null as date), x.start_time,"
                + " x.end_time from dated_shift x" + join + " and x.work_date between ? and ?"
                + " union all select 'O', x.employee_id, 0, 0, x.off_date, cast(null as date), cast(null as time),"
                + " cast(null as time) from day_off x" + join + " and x.off_date between ? and ?"
                + " union all select 'B', x.employee_id, 0, 0, x.break_date, cast(null as date), x.start_time,"
                + " x.end_time from employee_break x" + join + " and x.break_date between ? and ?"
                + " union all select 'R', x.employee_id, x.days_on, x.days_off, x.anchor_date, x.valid_to,"
                + " x.start_time, x.end_time from rotation_pattern x" + join
                + " union all select 'K', x.employee_id, x.weekday_mask, 0, x.valid_from, x.valid_to, x.start_time,"
                + " x.end_time from recurring_break x" + join;
        long who1 = masterId == null ? branchId : masterId;
        Map<Long, MasterSchedule.Builder> builders = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setLong(i++, who1);
            for (int part = 0; part < 3; part++) {
                statement.setLong(i++, who1);
                statement.setObject(i++, from);
                statement.setObject(i++, to);
            }
            statement.setLong(i++, who1);
            statement.setLong(i, who1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long master = rows.getLong(2);
                    MasterSchedule.Builder builder =
                            builders.computeIfAbsent(master, MasterSchedule::builder);
                    LocalDate first = rows.getObject(5, LocalDate.class);
                    LocalDate second = rows.getObject(6, LocalDate.class);
                    switch (rows.getString(1)) {
                        case "W" -> builder.weekly(DayOfWeek.of(rows.getInt(3)), span(rows, 7));
                        case "S" -> builder.dated(first, span(rows, 7));
                        case "O" -> builder.dayOff(first);
                        case "B" -> builder.pause(first, span(rows, 7));
                        case "R" -> builder.rotation(new MasterSchedule.Rotation(first, rows.getInt(3),
                                rows.getInt(4), span(rows, 7), second));
                        default -> builder.recurringPause(new MasterSchedule.RecurringPause(span(rows, 7),
                                RecurringBreakDays.of(rows.getInt(3)), first, second));
                    }
                }
            }
        }
        return builders.values().stream()
                .map(MasterSchedule.Builder::build)
                .collect(Collectors.toMap(MasterSchedule::masterId, schedule -> schedule));
    }

    /**
     * Bookings that may block time (everything but CANCELLED) and, when {@code withHolds}, holds of a branch or one
     * master in [from, to], each with its processing window (their resource uses come from {@link #resourceUsers}).
     * Two queries: H2 runs the same two joined by UNION ALL ten times slower.
     */
    public List<Occupation> occupations(Connection connection, long branchId, Long masterId, LocalDate from,
                                        LocalDate to, boolean withHolds) throws SQLException {
        String who = masterId == null ? "branch_id = ?" : "employee_id = ?";
        long whoId = masterId == null ? branchId : masterId;
        List<Occupation> result = new ArrayList<>();
        try (PreparedStatement statement = range(connection, occupyingBookings(masterId != null), whoId, from, to);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(withProcessing(Occupation.booking(rows.getLong(1), rows.getLong(2),
                        rows.getObject(3, LocalDate.class), TimeSpan.starting(rows.getObject(4, LocalTime.class),
                                rows.getInt(5)), BookingStatus.valueOf(rows.getString(6))), rows, 7));
            }
        }
        if (withHolds) {
            String holds = "select id, employee_id, hold_date, start_time, duration_minutes, expires_at,"
                    + " processing_from_minutes, processing_minutes from slot_hold"
                    + " where " + who + " and hold_date between ? and ?";
            try (PreparedStatement statement = range(connection, holds, whoId, from, to);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(withProcessing(Occupation.hold(rows.getLong(1), rows.getLong(2),
                            rows.getObject(3, LocalDate.class), TimeSpan.starting(rows.getObject(4, LocalTime.class),
                                    rows.getInt(5)), rows.getObject(6, OffsetDateTime.class).toInstant()), rows, 7));
                }
            }
        }
        return result;
    }

    /**
     * The read of {@link #occupations}' bookings: every column it names is in V28's occupancy indexes, so the database
     * answers from an index alone ({@code OccupancyIndexTest} checks H2's plan).
     */
    static String occupyingBookings(boolean oneMaster) {
        return "select id, employee_id, booking_date, start_time, duration_minutes, status,"
                + " processing_from_minutes, processing_minutes from booking"
                + " where " + (oneMaster ? "employee_id = ?" : "branch_id = ?")
                + " and booking_date between ? and ? and status <> 'CANCELLED'";
    }

    /**
     * The bookings and live holds of every master of the branch that use a resource in [from, to], with their uses:
     * what another master's booking takes of the rooms and basins a request needs.
     */
    public List<Occupation> resourceUsers(Connection connection, long branchId, LocalDate from, LocalDate to)
            throws SQLException {
        return ResourceUses.users(connection, branchId, from, to);
    }

    static Occupation withProcessing(Occupation occupation, ResultSet rows, int column) throws SQLException {
        int processingFrom = rows.getInt(column);
        int processing = rows.getInt(column + 1);
        if (processing <= 0) {
            return occupation;
        }
        int start = occupation.span().start();
        return occupation.with(new TimeSpan(start + processingFrom, start + processingFrom + processing),
                occupation.uses());
    }

    private static PreparedStatement range(Connection connection, String sql, long id, LocalDate from, LocalDate to)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, id);
        statement.setObject(2, from);
        statement.setObject(3, to);
        return statement;
    }

    private static ServiceRow serviceRow(ResultSet rows) throws SQLException {
        return new ServiceRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getBigDecimal(4),
                rows.getInt(5), rows.getBoolean(6), rows.getInt(7), rows.getInt(8));
    }

    private static MasterRow masterRow(ResultSet rows) throws SQLException {
        return new MasterRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getBoolean(4));
    }

    private static TimeSpan span(ResultSet rows, int column) throws SQLException {
        return TimeSpan.of(rows.getObject(column, LocalTime.class), rows.getObject(column + 1, LocalTime.class));
    }

    private static void bindAll(PreparedStatement statement, int first, Collection<Long> ids) throws SQLException {
        int i = first;
        for (Long id : ids) {
            statement.setLong(i++, id);
        }
    }

    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
