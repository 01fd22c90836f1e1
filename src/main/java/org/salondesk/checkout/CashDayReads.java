package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a branch's drawer for a day on one connection: the close's row, the payments by method, the cash moved. */
final class CashDayReads {

    private CashDayReads() {
    }

    static CashDay day(Connection connection, long branchId, LocalDate date) throws SQLException {
        Map<PaymentMethod, BigDecimal> taken = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            taken.put(method, Money.ZERO);
        }
        BigDecimal refunds = Money.ZERO;
        try (PreparedStatement query = connection.prepareStatement("SELECT method, refund_of IS NULL, SUM(amount)"
                + " FROM payment WHERE branch_id = ? AND business_date = ? GROUP BY method, refund_of IS NULL")) {
            query.setLong(1, branchId);
            query.setObject(2, date);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    BigDecimal sum = Money.kopecks(row.getBigDecimal(3));
                    taken.merge(PaymentMethod.valueOf(row.getString(1)), sum, BigDecimal::add);
                    if (!row.getBoolean(2)) {
                        refunds = refunds.add(sum);
                    }
                }
            }
        }
        List<CashDay.CashMovement> movements = movements(connection, branchId, date);
        Row stored = row(connection, branchId, date);
        BigDecimal opening = stored != null ? stored.opening : lastCounted(connection, branchId, date);
        BigDecimal expected = opening.add(taken.get(PaymentMethod.CASH))
                .add(movements.stream().map(CashDay.CashMovement::amount).reduce(Money.ZERO, BigDecimal::add));
        return new CashDay(branchId, date, opening, stored != null, taken, refunds, movements, expected,
                stored == null ? null : stored.close);
    }

    /** The day's row: its opening cash and, once closed, its close. Null when the day has none yet. */
    record Row(BigDecimal opening, CashDay.Close close) {
    }

    static Row row(Connection connection, long branchId, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT d.opening_cash, d.closed_at,"
                + " u.display_name, d.expected_cash, d.counted_cash, d.note FROM cash_day d"
                + " LEFT JOIN staff_user u ON u.id = d.closed_by WHERE d.branch_id = ? AND d.business_date = ?")) {
            query.setLong(1, branchId);
            query.setObject(2, date);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                OffsetDateTime closedAt = row.getObject(2, OffsetDateTime.class);
                CashDay.Close close = closedAt == null ? null : new CashDay.Close(closedAt.toInstant(),
                        row.getString(3), Money.kopecks(row.getBigDecimal(4)), Money.kopecks(row.getBigDecimal(5)),
                        row.getString(6));
                return new Row(Money.kopecks(row.getBigDecimal(1)), close);
            }
        }
    }

    /** What the drawer opens with when nobody said: the cash counted at the last close before the day. */
    private static BigDecimal lastCounted(Connection connection, long branchId, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT counted_cash FROM cash_day"
                + " WHERE branch_id = ? AND business_date < ? AND closed_at IS NOT NULL"
                + " ORDER BY business_date DESC FETCH FIRST 1 ROWS ONLY")) {
            query.setLong(1, branchId);
            query.setObject(2, date);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Money.kopecks(row.getBigDecimal(1)) : Money.ZERO;
            }
        }
    }

    private static List<CashDay.CashMovement> movements(Connection connection, long branchId, LocalDate date)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT m.id, m.amount, m.reason, m.moved_at,"
                + " u.display_name FROM cash_movement m LEFT JOIN staff_user u ON u.id = m.created_by"
                + " WHERE m.branch_id = ? AND m.business_date = ? ORDER BY m.moved_at, m.id")) {
            query.setLong(1, branchId);
            query.setObject(2, date);
            List<CashDay.CashMovement> movements = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    movements.add(new CashDay.CashMovement(row.getLong(1), Money.kopecks(row.getBigDecimal(2)),
                            row.getString(3), row.getObject(4, OffsetDateTime.class).toInstant(), row.getString(5)));
                }
            }
            return movements;
        }
    }
}
