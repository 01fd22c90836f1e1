package org.salondesk.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Bookings with their one service line written by batched plain JDBC, the way every bench data set is loaded: far
 * faster than the desk's createBooking, and the database's own guards (the overlap trigger on H2, the exclusion
 * constraint on PostgreSQL) still see every row. The caller commits.
 */
final class BulkBookings implements AutoCloseable {

    private final PreparedStatement booking;
    private final PreparedStatement line;

    BulkBookings(Connection connection) throws SQLException {
        booking = connection.prepareStatement("insert into booking (id, booking_number, branch_id, employee_id,"
                + " client_id, booking_date, start_time, duration_minutes, total_cost, status, source, paid,"
                + " outside_working_time, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, 0)");
        line = connection.prepareStatement("insert into booked_service (booking_id, line_no, service_id, title, price,"
                + " duration_minutes) values (?, 1, ?, ?, ?, ?)");
    }

    /** One booking of one service (its line has the booking's cost and duration); its number is 5 000 000 + id. */
    void add(long id, long branch, long master, long client, LocalDate date, LocalTime start, int minutes,
             long service, String title, BigDecimal cost, String status, String source, OffsetDateTime created)
            throws SQLException {
        booking.setLong(1, id);
        booking.setLong(2, 5_000_000 + id);
        booking.setLong(3, branch);
        booking.setLong(4, master);
        booking.setLong(5, client);
        booking.setObject(6, date);
        booking.setObject(7, start);
        booking.setInt(8, minutes);
        booking.setBigDecimal(9, cost);
        booking.setString(10, status);
        booking.setString(11, source);
        booking.setObject(12, created);
        booking.setObject(13, created);
        booking.addBatch();
        line.setLong(1, id);
        line.setLong(2, service);
        line.setString(3, title);
        line.setBigDecimal(4, cost);
        line.setInt(5, minutes);
        line.addBatch();
    }

    /** Sends what was added (bookings first: the lines refer to them). */
    void flush() throws SQLException {
        booking.executeBatch();
        line.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        booking.close();
        line.close();
    }
}
