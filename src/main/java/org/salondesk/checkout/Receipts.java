package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/** Reads the receipt of a booking's checkout, as it was written (later catalogue edits do not change it). */
public final class Receipts {

    private final Database database;
    private final CurrentStaff currentStaff;

    public Receipts(Database database, CurrentStaff currentStaff) {
        this.database = database;
        this.currentStaff = currentStaff;
    }

    /** The receipt of the booking's checkout; refused when the booking was not checked out. */
    public Receipt ofBooking(long bookingId) {
        currentStaff.require(Act.CHECKOUT);
        return database.withConnection(connection -> read(connection, bookingId));
    }

    private static Receipt read(Connection connection, long bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT c.id, c.created_at, c.lines_total,"
                + " c.discount, c.discount_reason, c.tip, c.total_due, c.prepaid, c.change_given, b.booking_number,"
                + " br.name, br.address, br.time_zone, cl.name, cl.surname, e.name FROM checkout c"
                + " JOIN booking b ON b.id = c.booking_id JOIN branch br ON br.id = c.branch_id"
                + " JOIN client cl ON cl.id = b.client_id JOIN employee e ON e.id = b.employee_id"
                + " WHERE c.booking_id = ?")) {
            query.setLong(1, bookingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.receipt.notFound", bookingId);
                }
                long checkoutId = row.getLong(1);
                LocalDateTime at = row.getObject(2, OffsetDateTime.class).atZoneSameInstant(ZoneId.of(
                        row.getString(13))).toLocalDateTime();
                String surname = row.getString(15);
                String client = surname == null || surname.isBlank() ? row.getString(14)
                        : row.getString(14) + " " + surname;
                return new Receipt(row.getString(11), row.getString(12), at, row.getLong(10), client,
                        row.getString(16), lines(connection, checkoutId), money(row, 3), money(row, 4),
                        row.getString(5), money(row, 6), money(row, 7), money(row, 8),
                        payments(connection, checkoutId), money(row, 9));
            }
        }
    }

    private static List<Receipt.Line> lines(Connection connection, long checkoutId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT title, quantity, unit_price, amount,"
                + " price_reason FROM checkout_line WHERE checkout_id = ? ORDER BY line_no")) {
            query.setLong(1, checkoutId);
            List<Receipt.Line> lines = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lines.add(new Receipt.Line(row.getString(1), row.getInt(2), money(row, 3), money(row, 4),
                            row.getString(5)));
                }
            }
            return lines;
        }
    }

    private static List<Receipt.Paid> payments(Connection connection, long checkoutId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT method, amount, tendered FROM payment"
                + " WHERE checkout_id = ? AND refund_of IS NULL ORDER BY id")) {
            query.setLong(1, checkoutId);
            List<Receipt.Paid> paid = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    BigDecimal tendered = row.getBigDecimal(3);
                    paid.add(new Receipt.Paid(PaymentMethod.valueOf(row.getString(1)), money(row, 2),
                            tendered == null ? null : Money.kopecks(tendered)));
                }
            }
            return paid;
        }
    }

    private static BigDecimal money(ResultSet row, int column) throws SQLException {
        return Money.orZero(row.getBigDecimal(column));
    }
}
