package org.salondesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A report's query: its text and the values of its parameters, run on a connection row by row. */
final class Sql {

    /** Reads one row into a value. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    Sql(String text, Object... parameters) {
        add(text, parameters);
    }

    Sql add(String more, Object... parameters) {
        text.append(more);
        values.addAll(List.of(parameters));
        return this;
    }

    /** The checkouts of the branch and dates, and of the master when one is asked: aliases c and b (the booking). */
    Sql checkouts(ReportQuery query) {
        add(" WHERE c.branch_id = ? AND c.business_date BETWEEN ? AND ?", query.branchId(), query.from(), query.to());
        return master(query, "b");
    }

    /** The checkout lines of the branch and dates, and of the master when one is asked: alias l. */
    Sql lines(ReportQuery query) {
        add(" WHERE l.branch_id = ? AND l.business_date BETWEEN ? AND ?", query.branchId(), query.from(), query.to());
        return master(query, "l");
    }

    /** The bookings of the branch and dates, and of the master when one is asked: alias b. */
    Sql bookings(ReportQuery query) {
        add(" WHERE b.branch_id = ? AND b.booking_date BETWEEN ? AND ?", query.branchId(), query.from(), query.to());
        return master(query, "b");
    }

    Sql master(ReportQuery query, String bookingAlias) {
        return query.masterId() == null ? this : add(" AND " + bookingAlias + ".employee_id = ?", query.masterId());
    }

    <T> List<T> list(Connection connection, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        }
    }

    /** An amount column in kopecks; a sum over no rows is zero. */
    static BigDecimal money(ResultSet row, int column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return (value == null ? BigDecimal.ZERO : value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static Long optionalId(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
