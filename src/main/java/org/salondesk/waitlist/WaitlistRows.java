package org.salondesk.waitlist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The waiting list's rows in plain JDBC: written, read as the desk shows them, and moved from status to status. */
final class WaitlistRows {

    private static final String SELECT = "SELECT w.id, w.branch_id, w.client_id, c.name, c.surname, c.phone,"
            + " w.master_id, e.name, w.date_from, w.date_to, w.time_from, w.time_to, w.note, w.created_at, w.channel,"
            + " w.status, w.offered_date, w.offered_time, w.booking_id FROM waitlist_entry w"
            + " JOIN client c ON c.id = w.client_id LEFT JOIN employee e ON e.id = w.master_id";

    private WaitlistRows() {
    }

    static long insert(Connection connection, WaitlistForm form, String note, Instant at, Long by, String channel)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO waitlist_entry (branch_id,"
                + " client_id, master_id, date_from, date_to, time_from, time_to, note, created_at, created_by,"
                + " channel, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, form.branchId());
            insert.setLong(2, form.clientId());
            insert.setObject(3, form.masterId());
            insert.setObject(4, form.dateFrom());
            insert.setObject(5, form.dateTo());
            insert.setObject(6, form.timeFrom());
            insert.setObject(7, form.timeTo());
            insert.setString(8, note);
            insert.setObject(9, at.atOffset(ZoneOffset.UTC));
            insert.setObject(10, by);
            insert.setString(11, channel);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement line = connection.prepareStatement(
                "INSERT INTO waitlist_entry_service (entry_id, line_no, service_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < form.serviceIds().size(); i++) {
                line.setLong(1, id);
                line.setInt(2, i);
                line.setLong(3, form.serviceIds().get(i));
                line.addBatch();
            }
            line.executeBatch();
        }
        return id;
    }

    /** The branch's entries in these statuses, the earliest wanted first. */
    static List<WaitlistEntry> ofBranch(Connection connection, long branchId, List<WaitlistStatus> statuses)
            throws SQLException {
        String in = String.join(", ", statuses.stream().map(status -> "'" + status.name() + "'").toList());
        return read(connection, " WHERE w.branch_id = ? AND w.status IN (" + in + ")"
                + " ORDER BY w.date_from, w.time_from, w.id", branchId);
    }

    static List<WaitlistEntry> byId(Connection connection, long entryId) throws SQLException {
        return read(connection, " WHERE w.id = ?", entryId);
    }

    private static List<WaitlistEntry> read(Connection connection, String where, long parameter)
            throws SQLException {
        // Read with empty services first; the services of all entries follow in one query.
        List<WaitlistEntry> bare = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + where)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String surname = row.getString(5);
                    bare.add(new WaitlistEntry(row.getLong(1), row.getLong(2), row.getLong(3),
                            surname == null || surname.isBlank() ? row.getString(4) : row.getString(4) + " " + surname,
                            row.getString(6), List.of(), List.of(), nullable(row, 7), row.getString(8),
                            row.getObject(9, LocalDate.class), row.getObject(10, LocalDate.class),
                            row.getObject(11, LocalTime.class), row.getObject(12, LocalTime.class), row.getString(13),
                            row.getObject(14, OffsetDateTime.class).toInstant(), row.getString(15),
                            WaitlistStatus.valueOf(row.getString(16)), row.getObject(17, LocalDate.class),
                            row.getObject(18, LocalTime.class), nullable(row, 19)));
                }
            }
        }
        Map<Long, List<Service>> services = services(connection, bare.stream().map(WaitlistEntry::id).toList());
        return bare.stream().map(entry -> {
            List<Service> wanted = services.getOrDefault(entry.id(), List.of());
            return new WaitlistEntry(entry.id(), entry.branchId(), entry.clientId(), entry.clientName(),
                    entry.clientPhone(), wanted.stream().map(Service::id).toList(),
                    wanted.stream().map(Service::title).toList(), entry.masterId(), entry.masterName(),
                    entry.dateFrom(), entry.dateTo(), entry.timeFrom(), entry.timeTo(), entry.note(),
                    entry.createdAt(), entry.channel(), entry.status(), entry.offeredDate(), entry.offeredTime(),
                    entry.bookingId());
        }).toList();
    }

    private static Long nullable(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private record Service(long id, String title) {
    }

    private static Map<Long, List<Service>> services(Connection connection, List<Long> entryIds)
            throws SQLException {
        Map<Long, List<Service>> services = new LinkedHashMap<>();
        if (entryIds.isEmpty()) {
            return services;
        }
        String in = String.join(", ", entryIds.stream().map(String::valueOf).toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT l.entry_id, s.id, s.title"
                + " FROM waitlist_entry_service l JOIN salon_service s ON s.id = l.service_id"
                + " WHERE l.entry_id IN (" + in + ") ORDER BY l.entry_id, l.line_no");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                services.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new Service(row.getLong(2), row.getString(3)));
            }
        }
        return services;
    }

    /** Moves the entry to {@code to} if it is in one of {@code from} now; whether it did. */
    static boolean move(Connection connection, long entryId, List<WaitlistStatus> from, WaitlistStatus to,
                        Long bookingId) throws SQLException {
        String in = String.join(", ", from.stream().map(status -> "'" + status.name() + "'").toList());
        try (PreparedStatement update = connection.prepareStatement("UPDATE waitlist_entry SET status = ?,"
                + " booking_id = ? WHERE id = ? AND status IN (" + in + ")")) {
            update.setString(1, to.name());
            update.setObject(2, bookingId);
            update.setLong(3, entryId);
            return update.executeUpdate() == 1;
        }
    }

    /** A waiting entry becomes OFFERED with the start found; false when another desk offered it first. */
    static boolean offer(Connection connection, long entryId, LocalDate date, LocalTime time, long masterId)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE waitlist_entry SET status = 'OFFERED',"
                + " offered_date = ?, offered_time = ?, offered_master_id = ? WHERE id = ? AND status = 'WAITING'")) {
            update.setObject(1, date);
            update.setObject(2, time);
            update.setLong(3, masterId);
            update.setLong(4, entryId);
            return update.executeUpdate() == 1;
        }
    }

    /** The branches that have open entries. */
    static List<Long> branchesWaiting(Connection connection) throws SQLException {
        List<Long> branches = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT branch_id FROM waitlist_entry"
                + " WHERE status IN ('WAITING', 'OFFERED') ORDER BY branch_id"); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                branches.add(row.getLong(1));
            }
        }
        return branches;
    }

    /** Open entries of the branch (any branch for null) whose range ended before {@code today}: EXPIRED now. */
    static int expire(Connection connection, Long branchId, LocalDate today) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE waitlist_entry SET status = 'EXPIRED'"
                + " WHERE status IN ('WAITING', 'OFFERED') AND date_to < ?"
                + (branchId == null ? "" : " AND branch_id = ?"))) {
            update.setObject(1, today);
            if (branchId != null) {
                update.setLong(2, branchId);
            }
            return update.executeUpdate();
        }
    }

    /** The client's name, phone, and whether (and why) she is blocked; empty when there is no such client. */
    record ClientFacts(String name, String phone, boolean blocked, String blockedReason) {
    }

    static Optional<ClientFacts> client(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, surname, phone, blocked, blocked_reason FROM client WHERE id = ?")) {
            query.setLong(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String surname = row.getString(2);
                return Optional.of(new ClientFacts(surname == null || surname.isBlank() ? row.getString(1)
                        : row.getString(1) + " " + surname, row.getString(3), row.getBoolean(4), row.getString(5)));
            }
        }
    }
}
