package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** The rows a checkout and a refund write: each row once, never updated (the product's stock aside). */
final class CheckoutWriter {

    /** Who and when: the branch's business date, the instant, the staff user (null: SalonDesk itself). */
    record Stamp(long branchId, LocalDate date, Instant at, Long by) {
    }

    private final Connection connection;
    private final Stamp stamp;

    CheckoutWriter(Connection connection, Stamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    long checkout(long bookingId, CheckoutTotals totals, String discountReason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checkout (booking_id, branch_id,"
                + " business_date, lines_total, discount, discount_reason, tip, total_due, prepaid, change_given,"
                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
            insert.setLong(1, bookingId);
            insert.setLong(2, stamp.branchId());
            insert.setObject(3, stamp.date());
            insert.setBigDecimal(4, totals.linesTotal());
            insert.setBigDecimal(5, totals.discount());
            insert.setString(6, discountReason);
            insert.setBigDecimal(7, totals.tip());
            insert.setBigDecimal(8, totals.totalDue());
            insert.setBigDecimal(9, totals.prepaid());
            insert.setBigDecimal(10, totals.change());
            stamp(insert, 11);
            return inserted(insert);
        }
    }

    /** A line sold by {@code masterId} (the booking's master), with the branch and day the reports sum it by. */
    void line(long checkoutId, long masterId, int lineNo, Long serviceId, Long productId, String title, int quantity,
              BigDecimal unitPrice, BigDecimal amount, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checkout_line (checkout_id, line_no,"
                + " kind, service_id, product_id, title, quantity, unit_price, amount, price_reason, branch_id,"
                + " business_date, employee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkoutId);
            insert.setInt(2, lineNo);
            insert.setString(3, serviceId != null ? "SERVICE" : "PRODUCT");
            insert.setObject(4, serviceId, Types.BIGINT);
            insert.setObject(5, productId, Types.BIGINT);
            insert.setString(6, title);
            insert.setInt(7, quantity);
            insert.setBigDecimal(8, unitPrice);
            insert.setBigDecimal(9, amount);
            insert.setString(10, reason);
            insert.setLong(11, stamp.branchId());
            insert.setObject(12, stamp.date());
            insert.setLong(13, masterId);
            insert.executeUpdate();
        }
    }

    /** Takes {@code quantity} items off the product's stock; refused when fewer are left. */
    void takeStock(CheckoutReads.PricedSale sale) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE product SET stock = stock - ? WHERE id = ? AND stock >= ?")) {
            update.setInt(1, sale.quantity());
            update.setLong(2, sale.productId());
            update.setInt(3, sale.quantity());
            if (update.executeUpdate() == 0) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.checkout.outOfStock", sale.name(),
                        sale.quantity());
            }
        }
    }

    /** A payment (positive) or a refund (negative, naming the payment it returns, with its reason). */
    long payment(long checkoutId, PaymentMethod method, BigDecimal amount, BigDecimal tendered, Long refundOf,
                 String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment (branch_id, checkout_id,"
                + " business_date, method, amount, tendered, refund_of, reason, paid_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
            insert.setLong(1, stamp.branchId());
            insert.setLong(2, checkoutId);
            insert.setObject(3, stamp.date());
            insert.setString(4, method.name());
            insert.setBigDecimal(5, amount);
            insert.setBigDecimal(6, tendered);
            insert.setObject(7, refundOf, Types.BIGINT);
            insert.setString(8, reason);
            stamp(insert, 9);
            return inserted(insert);
        }
    }

    private void stamp(PreparedStatement insert, int at) throws SQLException {
        insert.setObject(at, OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC));
        insert.setObject(at + 1, stamp.by(), Types.BIGINT);
    }

    /** Runs the insert and answers the id the database gave the row. */
    static long inserted(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet generated = insert.getGeneratedKeys()) {
            generated.next();
            return generated.getLong(1);
        }
    }
}
