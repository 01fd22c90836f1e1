package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;

/** What a checkout reads on its connection: the booking's services and prepayment, the catalogue's prices. */
final class CheckoutReads {

    /** A product line priced from the product list. */
    record PricedSale(long productId, String name, int quantity, BigDecimal unitPrice, int stock) {
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

    /**
     * The lines with their list price read here, not taken from the caller: the booked price of a service the booking
     * has, else the catalogue's (a service added at the desk). A price changed from it needs its reason.
     */
    static List<ServiceLine> listed(Connection connection, long bookingId, List<ServiceLine> lines)
            throws SQLException {
        Map<Long, BigDecimal> booked = new HashMap<>();
        bookedServices(connection, bookingId).forEach(line -> booked.putIfAbsent(line.serviceId(), line.price()));
        List<ServiceLine> listed = new ArrayList<>();
        for (ServiceLine line : lines) {
            BigDecimal list = booked.containsKey(line.serviceId()) ? booked.get(line.serviceId())
                    : catalogueService(connection, line.serviceId()).price();
            ServiceLine priced = new ServiceLine(line.serviceId(), line.title(), list, line.price(),
                    line.priceReason());
            listed.add(priced.priceChanged()
                    ? priced.withPrice(line.price(), Require.text(line.priceReason(), "field.priceReason",
                    CheckoutService.REASON)) : priced);
        }
        return listed;
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

    /** A booking being checked out: its branch and its prepayment (zero when none). */
    record Served(long branchId, BigDecimal prepaid) {
    }

    /** The booking as its checkout needs it; refused unless the client came to it (or is served at once). */
    static Served served(Connection connection, long bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT branch_id, prepaid_amount, status FROM booking WHERE id = ?")) {
            query.setLong(1, bookingId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
                }
                String status = row.getString(3);
                if (!status.equals(BookingStatus.ARRIVED.name()) && !status.equals(BookingStatus.CONFIRMED.name())) {
                    throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.checkout.notServed");
                }
                return new Served(row.getLong(1), Money.orZero(row.getBigDecimal(2)));
            }
        }
    }

    /**
     * The sales priced from the branch's product list; refused for a product of another branch, one not sold, or one
     * with fewer items in stock than sold (all of its lines together).
     */
    static List<PricedSale> priced(Connection connection, long branchId, List<ProductSale> sales)
            throws SQLException {
        List<PricedSale> priced = new ArrayList<>();
        Map<Long, Integer> sold = new HashMap<>();
        for (ProductSale sale : sales) {
            PricedSale line = priced(connection, branchId, sale);
            int wanted = sold.merge(sale.productId(), sale.quantity(), Integer::sum);
            if (wanted > line.stock()) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.checkout.outOfStock", line.name(),
                        wanted);
            }
            priced.add(line);
        }
        return priced;
    }

    /** The sale priced from the branch's product list; refused for a product of another branch or not sold. */
    private static PricedSale priced(Connection connection, long branchId, ProductSale sale) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, price, stock FROM product WHERE id = ? AND branch_id = ? AND active = TRUE")) {
            query.setLong(1, sale.productId());
            query.setLong(2, branchId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.product.notFound", sale.productId());
                }
                return new PricedSale(sale.productId(), row.getString(1), sale.quantity(),
                        Money.kopecks(row.getBigDecimal(2)), row.getInt(3));
            }
        }
    }
}
