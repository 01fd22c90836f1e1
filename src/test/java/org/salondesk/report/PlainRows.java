package org.salondesk.report;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.persistence.Database;

/** The rows the reports are made of, read one by one with plain queries, nothing summed by the database. */
record PlainRows(List<Booking> bookings, List<Sale> checkouts, List<Line> lines, List<Payment> payments) {

    record Booking(long id, long master, long client, LocalDate date, String status, String source, int minutes) {
    }

    record Sale(long id, long booking, LocalDate date, BigDecimal linesTotal, BigDecimal discount) {

        BigDecimal revenue() {
            return linesTotal.subtract(discount);
        }
    }

    record Line(long checkout, String kind, Long service, BigDecimal amount, int quantity) {
    }

    record Payment(long checkout, LocalDate date, String method, BigDecimal amount) {
    }

    interface Reader<T> {
        T read(ResultSet row) throws java.sql.SQLException;
    }

    static PlainRows of(Database database) {
        return of(database, "1 = 1");
    }

    /** The rows of one branch only (the demo salon has two). */
    static PlainRows ofBranch(Database database, long branchId) {
        return of(database, "branch_id = " + branchId);
    }

    private static PlainRows of(Database database, String where) {
        return new PlainRows(
                read(database, "SELECT id, employee_id, client_id, booking_date, status, source, duration_minutes"
                        + " FROM booking WHERE " + where, row -> new Booking(row.getLong(1), row.getLong(2),
                        row.getLong(3), row.getObject(4, LocalDate.class), row.getString(5), row.getString(6),
                        row.getInt(7))),
                read(database, "SELECT id, booking_id, business_date, lines_total, discount FROM checkout"
                                + " WHERE " + where,
                        row -> new Sale(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class),
                                row.getBigDecimal(4), row.getBigDecimal(5))),
                read(database, "SELECT checkout_id, kind, service_id, amount, quantity FROM checkout_line"
                                + " WHERE checkout_id IN (SELECT id FROM checkout WHERE " + where + ")",
                        row -> new Line(row.getLong(1), row.getString(2),
                                row.getObject(3) == null ? null : row.getLong(3), row.getBigDecimal(4),
                                row.getInt(5))),
                read(database, "SELECT checkout_id, business_date, method, amount FROM payment"
                                + " WHERE " + where,
                        row -> new Payment(row.getLong(1), row.getObject(2, LocalDate.class), row.getString(3),
                                row.getBigDecimal(4))));
    }

    Booking booking(long id) {
        return bookings.stream().filter(booking -> booking.id() == id).findFirst().orElseThrow();
    }

    Sale sale(long checkoutId) {
        return checkouts.stream().filter(sale -> sale.id() == checkoutId).findFirst().orElseThrow();
    }

    private static <T> List<T> read(Database database, String sql, Reader<T> reader) {
        return database.withConnection(connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        });
    }
}
