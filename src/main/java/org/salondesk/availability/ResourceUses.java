package org.salondesk.availability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the bookings and holds of a branch take of its resources (decision 0033); it decides nothing. */
final class ResourceUses {

    private static final String BOOKING_USES = "select b.id, b.employee_id, b.booking_date, b.start_time,"
            + " b.duration_minutes, b.status, b.processing_from_minutes, b.processing_minutes,"
            + " ru.resource_id, ru.start_minute, ru.end_minute"
            + " from resource_use ru join booking b on b.id = ru.booking_id"
            + " where ru.branch_id = ? and ru.use_date between ? and ? and b.status <> 'CANCELLED'"
            + " order by b.id, ru.id";
    private static final String HOLD_USES = "select h.id, h.employee_id, h.hold_date, h.start_time,"
            + " h.duration_minutes, h.expires_at, h.processing_from_minutes, h.processing_minutes,"
            + " ru.resource_id, ru.start_minute, ru.end_minute"
            + " from resource_use ru join slot_hold h on h.id = ru.hold_id"
            + " where ru.branch_id = ? and ru.use_date between ? and ? order by h.id, ru.id";

    private ResourceUses() {
    }

    /** Every booking (but a cancelled one) and hold of the branch in [from, to] that uses a resource, with its uses. */
    static List<Occupation> users(Connection connection, long branchId, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, Occupation> owners = new LinkedHashMap<>();
        Map<String, List<Occupation.ResourceUse>> uses = new LinkedHashMap<>();
        read(connection, BOOKING_USES, branchId, from, to, owners, uses, true);
        read(connection, HOLD_USES, branchId, from, to, owners, uses, false);
        List<Occupation> result = new ArrayList<>(owners.size());
        owners.forEach((key, owner) -> result.add(owner.with(owner.processing(), uses.get(key))));
        return result;
    }

    private static void read(Connection connection, String sql, long branchId, LocalDate from, LocalDate to,
                             Map<String, Occupation> owners, Map<String, List<Occupation.ResourceUse>> uses,
                             boolean bookings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, branchId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String key = (bookings ? "B" : "H") + rows.getLong(1);
                    if (!owners.containsKey(key)) {
                        LocalDate date = rows.getObject(3, LocalDate.class);
                        TimeSpan span = TimeSpan.starting(rows.getObject(4, LocalTime.class), rows.getInt(5));
                        Occupation owner = bookings
                                ? Occupation.booking(rows.getLong(1), rows.getLong(2), date, span,
                                BookingStatus.valueOf(rows.getString(6)))
                                : Occupation.hold(rows.getLong(1), rows.getLong(2), date, span,
                                rows.getObject(6, OffsetDateTime.class).toInstant());
                        owners.put(key, AvailabilityLoader.withProcessing(owner, rows, 7));
                    }
                    uses.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occupation.ResourceUse(rows.getLong(9),
                            new TimeSpan(rows.getInt(10), rows.getInt(11))));
                }
            }
        }
    }
}
