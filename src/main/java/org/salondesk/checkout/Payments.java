package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.persistence.Database;

/** The payments of a day, and refunds: a refund is a new negative payment, nothing is ever changed or deleted. */
public final class Payments {

    private static final String COLUMNS = "SELECT p.id, p.checkout_id, c.booking_id, p.business_date, p.method,"
            + " p.amount, p.tendered, p.refund_of, p.reason, p.paid_at, p.created_by"
            + " FROM payment p JOIN checkout c ON c.id = p.checkout_id";

    private final Database database;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;
    private final Clock clock;

    public Payments(Database database, AvailabilityGuard guard, CurrentStaff currentStaff, AuditTrail trail,
                    Clock clock) {
        this.database = database;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.trail = trail;
        this.clock = clock;
    }

    /** The branch's payments and refunds of {@code date} (its business date), in the order they were made. */
    public List<PaymentRow> onDay(long branchId, LocalDate date) {
        currentStaff.require(Act.CHECKOUT);
        Require.present(date, "field.date");
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(COLUMNS
                    + " WHERE p.branch_id = ? AND p.business_date = ? ORDER BY p.paid_at, p.id")) {
                query.setLong(1, branchId);
                query.setObject(2, date);
                List<PaymentRow> rows = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(row(row));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * Gives back {@code amount} of payment {@code paymentId} by the same method, for {@code reason}: never more than
     * is left of it after its earlier refunds. Answers the refund's id.
     */
    public long refund(long paymentId, BigDecimal amount, String reason) {
        currentStaff.require(Act.REFUNDS);
        BigDecimal back = Money.of(amount, Money.PAYMENT);
        String why = Require.text(reason, "field.refundReason", CheckoutService.REASON);
        return guard.write(write -> {
            Connection connection = write.connection();
            PaymentRow paid = lockedPayment(connection, paymentId);
            if (paid.refundOf() != null) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.refund.ofRefund", paymentId);
            }
            BigDecimal left = paid.amount().add(refunded(connection, paymentId));
            if (back.compareTo(left) > 0) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.refund.overPaid", back, left);
            }
            long branchId = branchOf(connection, paymentId);
            LocalDate day = write.today(branchId);
            boolean afterClose = ClosedDays.takeDrawer(connection, currentStaff, branchId, day);
            CheckoutWriter writer = new CheckoutWriter(connection, new CheckoutWriter.Stamp(branchId, day,
                    clock.instant(), currentStaff.id()));
            long id = writer.payment(paid.checkoutId(), paid.method(), back.negate(), null, paymentId, why);
            trail.record(write.session(), new AuditNote(AuditKind.CHECKOUT, AuditAction.CREATED, "payment", id,
                    "refund of: " + paymentId + "\namount: -" + back.toPlainString() + "\nreason: " + why
                    + (afterClose ? "\nafter the close: yes" : "")));
            return id;
        });
    }

    /** The payment, its row locked so that two refunds of it wait for each other. */
    private static PaymentRow lockedPayment(Connection connection, long paymentId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM payment WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, paymentId);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.payment.notFound", paymentId);
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE p.id = ?")) {
            query.setLong(1, paymentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row(row);
            }
        }
    }

    /** The refunds of a payment so far, negative (zero when none). */
    private static BigDecimal refunded(Connection connection, long paymentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(SUM(amount), 0) FROM payment WHERE refund_of = ?")) {
            query.setLong(1, paymentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return Money.kopecks(row.getBigDecimal(1));
            }
        }
    }

    private static long branchOf(Connection connection, long paymentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT branch_id FROM payment WHERE id = ?")) {
            query.setLong(1, paymentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static PaymentRow row(ResultSet row) throws SQLException {
        long refundOf = row.getLong(8);
        Long refund = row.wasNull() ? null : refundOf;
        long by = row.getLong(11);
        Long staff = row.wasNull() ? null : by;
        return new PaymentRow(row.getLong(1), row.getLong(2), row.getLong(3), row.getObject(4, LocalDate.class),
                PaymentMethod.valueOf(row.getString(5)), Money.kopecks(row.getBigDecimal(6)),
                row.getBigDecimal(7) == null ? null : Money.kopecks(row.getBigDecimal(7)), refund, row.getString(9),
                row.getObject(10, OffsetDateTime.class).toInstant(), staff);
    }
}
