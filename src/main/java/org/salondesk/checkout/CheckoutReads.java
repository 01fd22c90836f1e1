package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** What a checkout reads on its connection: the booking's services and prepayment, the catalogue's prices. */
final class CheckoutReads {

    /** A product line priced from the product list. */
    record PricedSale(long productId, String name, int quantity, BigDecimal unitPrice) {
        BigDecimal amount() {
            return Money.kopecks(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        }
    }

    private CheckoutReads() {
    }

    static List<ServiceLine> bookedServices(Connection connection, long bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT service_id, title, price FROM"
                + " booked_service WHERE booking_id = ? ORDER BY line_no")) {
            query.setLong(1, bookingId);
            List<ServiceLine> lines = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    BigDecimal price = Money.kopecks(row.getBigDecimal(3));
                    lines.add(new ServiceLine(row.getLong(1), row.getString(2), price, price, null));
                }
            }
            return lines;
        }
    }

    static ServiceLine catalogueService(Connection connection, long serviceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT title, price FROM salon_service WHERE id = ?")) {
            query.setLong(1, serviceId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.notFound", serviceId);
                }
                BigDecimal price = Money.kopecks(row.getBigDecimal(2));
                return new ServiceLine(serviceId, row.getString(1), price, price, null);
            }
        }
    }

    /** The booking's prepayment, zero when none; the booking exists (it was locked before). */
    static BigDecimal prepaid(Connection connection, long bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT prepaid_amount FROM booking WHERE id = ?")) {
            query.setLong(1, bookingId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return Money.orZero(row.getBigDecimal(1));
            }
        }
    }

    /** The sale priced from the branch's product list; refused for a product of another branch or not sold. */
    static PricedSale priced(Connection connection, long branchId, ProductSale sale) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, price FROM product WHERE id = ? AND branch_id = ? AND active = TRUE")) {
            query.setLong(1, sale.productId());
            query.setLong(2, branchId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.product.notFound", sale.productId());
                }
                return new PricedSale(sale.productId(), row.getString(1), sale.quantity(),
                        Money.kopecks(row.getBigDecimal(2)));
            }
        }
    }
}
