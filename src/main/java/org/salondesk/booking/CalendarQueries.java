package org.salondesk.booking;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salondesk.availability.BookingStatus;
import org.salondesk.persistence.Database;

/**
 * What the calendar reads, in plain JDBC as availability does (decision 0003): the active branches, a branch's
 * active masters, and its bookings of some dates. It needs no Hibernate, so the desk's first day shows while the
 * mapping is still being built at start-up (decision 0015).
 */
final class CalendarQueries {

    private final Database database;

    CalendarQueries(Database database) {
        this.database = database;
    }

    /** Whether the database holds any branch, active or not (an empty one waits for the first-run form). */
    boolean anyBranch() {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select count(*) from branch");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        });
    }

    /** The active branches, by id (what get_companies_for_booking lists). */
    List<CompanyInfo> branches() {
        return database.withConnection(connection -> {
            List<CompanyInfo> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id, name, address from branch where active = true order by id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new CompanyInfo(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return result;
        });
    }

    /** The branch's active masters, by id, with their job title (get_employees_for_booking without filters). */
    List<EmployeeInfo> masters(long branchId) {
        return database.withConnection(connection -> {
            List<EmployeeInfo> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    select e.id, e.name, e.information, e.job_title_id, j.name
                    from employee e left join job_title j on j.id = e.job_title_id
                    where e.branch_id = ? and e.active = true order by e.id""")) {
                statement.setLong(1, branchId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long jobTitle = rows.getLong(4);
                        result.add(new EmployeeInfo(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.wasNull() ? null : jobTitle, rows.getString(5)));
                    }
                }
            }
            return result;
        });
    }

    /** The bookings of a branch on dates [from, to], cancelled ones too, by date, start and id. */
    List<BookingSummary> bookings(long branchId, LocalDate from, LocalDate to) {
        return database.withConnection(connection -> {
            Map<Long, StringBuilder> services = serviceTitles(connection, branchId, from, to);
            List<BookingSummary> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    select b.id, b.booking_number, b.employee_id, b.booking_date, b.start_time, b.duration_minutes,
                           b.status, b.source, c.id, c.name, c.surname, c.phone, b.total_cost, b.note,
                           b.outside_working_time, b.processing_from_minutes, b.processing_minutes
                    from booking b join client c on c.id = b.client_id
                    where b.branch_id = ? and b.booking_date between ? and ?
                    order by b.booking_date, b.start_time, b.id""")) {
                bind(statement, branchId, from, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        String surname = rows.getString(11);
                        String name = rows.getString(10);
                        String clientName = surname == null || surname.isBlank() ? name : name + " " + surname;
                        StringBuilder titles = services.get(id);
                        result.add(new BookingSummary(id, rows.getLong(2), branchId, rows.getLong(3),
                                rows.getObject(4, LocalDate.class), rows.getObject(5, LocalTime.class),
                                rows.getInt(6), BookingStatus.valueOf(rows.getString(7)),
                                BookingSource.valueOf(rows.getString(8)), rows.getLong(9), clientName,
                                rows.getString(12), titles == null ? "" : titles.toString(),
                                rows.getObject(13, BigDecimal.class), rows.getString(14), rows.getBoolean(15),
                                rows.getInt(16), rows.getInt(17)));
                    }
                }
            }
            return result;
        });
    }

    // The titles of each booking's services, in their order, joined with commas.
    private static Map<Long, StringBuilder> serviceTitles(Connection connection, long branchId, LocalDate from,
                                                          LocalDate to) throws SQLException {
        Map<Long, StringBuilder> services = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select s.booking_id, s.title from booked_service s join booking b on b.id = s.booking_id
                where b.branch_id = ? and b.booking_date between ? and ?
                order by s.booking_id, s.line_no""")) {
            bind(statement, branchId, from, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StringBuilder titles = services.computeIfAbsent(rows.getLong(1), id -> new StringBuilder());
                    titles.append(titles.isEmpty() ? "" : ", ").append(rows.getString(2));
                }
            }
        }
        return services;
    }

    private static void bind(PreparedStatement statement, long branchId, LocalDate from, LocalDate to)
            throws SQLException {
        statement.setLong(1, branchId);
        statement.setObject(2, from);
        statement.setObject(3, to);
    }
}
