package org.salondesk.booking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salondesk.availability.BookingStatus;
import org.salondesk.persistence.Database;

/**
 * What the calendar's resource columns read, in plain JDBC as the masters' columns do ({@link CalendarQueries}): a
 * branch's active resources, and in one query a day's resource uses with their bookings' client, services and master.
 */
final class ResourceUseQueries {

    // A use comes once per service line of its booking: the titles are joined here, in the lines' order.
    private static final String USES = """
            select ru.id, ru.resource_id, ru.booking_id, b.booking_number, ru.start_minute, ru.end_minute, b.status,
                   b.employee_id, e.name, c.name, c.surname, s.title
            from resource_use ru
            join booking b on b.id = ru.booking_id
            join client c on c.id = b.client_id
            join employee e on e.id = b.employee_id
            left join booked_service s on s.booking_id = b.id
            where ru.branch_id = ? and ru.use_date = ?
            order by ru.resource_id, ru.start_minute, ru.booking_id, ru.id, s.line_no""";

    private final Database database;

    ResourceUseQueries(Database database) {
        this.database = database;
    }

    /** The branch's active resources, by name. */
    List<CalendarResource> resources(long branchId) {
        return database.withConnection(connection -> {
            List<CalendarResource> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select id, name, quantity from resource"
                    + " where branch_id = ? and active = true order by name, id")) {
                statement.setLong(1, branchId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(new CalendarResource(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            return result;
        });
    }

    /**
     * The bookings' uses of the branch's resources on {@code day}, cancelled ones too, by resource and start; a hold's
     * uses are left out (the calendar shows no holds).
     */
    List<ResourceUseSummary> uses(long branchId, LocalDate day) {
        return database.withConnection(connection -> {
            Map<Long, ResourceUseSummary> byUse = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(USES)) {
                statement.setLong(1, branchId);
                statement.setObject(2, day);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String title = rows.getString(12);
                        ResourceUseSummary seen = byUse.get(rows.getLong(1));
                        if (seen != null) {
                            byUse.put(rows.getLong(1), withService(seen, title));
                            continue;
                        }
                        String surname = rows.getString(11);
                        String name = rows.getString(10);
                        byUse.put(rows.getLong(1), new ResourceUseSummary(rows.getLong(2), rows.getLong(3),
                                rows.getLong(4), day, rows.getInt(5), rows.getInt(6),
                                BookingStatus.valueOf(rows.getString(7)), rows.getLong(8), rows.getString(9),
                                surname == null || surname.isBlank() ? name : name + " " + surname,
                                title == null ? "" : title));
                    }
                }
            }
            return List.copyOf(byUse.values());
        });
    }

    private static ResourceUseSummary withService(ResourceUseSummary use, String title) {
        if (title == null) {
            return use;
        }
        return new ResourceUseSummary(use.resourceId(), use.bookingId(), use.number(), use.date(), use.startMinute(),
                use.endMinute(), use.status(), use.masterId(), use.masterName(), use.clientName(),
                use.services().isEmpty() ? title : use.services() + ", " + title);
    }
}
