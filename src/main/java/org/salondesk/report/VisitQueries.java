package org.salondesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bookings counted by the database: booked minutes, cancellations and no-shows, and the clients' visits. */
final class VisitQueries {

    /** What occupies a master's time: every booking but a cancelled one and one not come to. */
    private static final String OCCUPYING = " AND b.status NOT IN ('CANCELLED', 'NO_SHOW')";
    private static final String COUNTS = "COUNT(*), SUM(CASE WHEN b.status = 'CANCELLED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN b.status = 'NO_SHOW' THEN 1 ELSE 0 END)";

    /** Booked minutes by master id. */
    Map<Long, Long> bookedMinutes(Connection connection, ReportQuery query) throws SQLException {
        Map<Long, Long> minutes = new LinkedHashMap<>();
        new Sql("SELECT b.employee_id, SUM(b.duration_minutes) FROM booking b").bookings(query)
                .add(OCCUPYING + " GROUP BY b.employee_id")
                .list(connection, row -> minutes.put(row.getLong(1), row.getLong(2)));
        return minutes;
    }

    List<AttendanceLine> byMaster(Connection connection, ReportQuery query) throws SQLException {
        return new Sql("SELECT e.name, " + COUNTS + " FROM booking b JOIN employee e ON e.id = b.employee_id")
                .bookings(query).add(" GROUP BY b.employee_id, e.name ORDER BY e.name, b.employee_id")
                .list(connection, row -> new AttendanceLine(row.getString(1), row.getLong(2), row.getLong(3),
                        row.getLong(4)));
    }

    /** Online (the booking server's source) and the desk (in person or by phone), in that order, both always. */
    List<AttendanceLine> byChannel(Connection connection, ReportQuery query) throws SQLException {
        long[][] counts = new long[2][3];
        new Sql("SELECT CASE WHEN b.source = 'ONLINE' THEN 1 ELSE 0 END, " + COUNTS + " FROM booking b")
                .bookings(query).add(" GROUP BY CASE WHEN b.source = 'ONLINE' THEN 1 ELSE 0 END")
                .list(connection, row -> {
                    long[] channel = counts[row.getInt(1)];
                    for (int i = 0; i < 3; i++) {
                        channel[i] += row.getLong(i + 2);
                    }
                    return channel;
                });
        return List.of(new AttendanceLine(AttendanceLine.DESK, counts[0][0], counts[0][1], counts[0][2]),
                new AttendanceLine(AttendanceLine.ONLINE, counts[1][0], counts[1][1], counts[1][2]));
    }

    /**
     * The clients who came in the period (completed bookings, of the master when one is asked), the new among them
     * (no completed visit at the branch before the period), and the lost: whose last visit (with the master) up to
     * the period's end lies in [from - days, to - days]. One pass over each client's completed visits up to the end.
     */
    ClientFigures clients(Connection connection, ReportQuery query, int lostAfterDays, RevenueLine revenue)
            throws SQLException {
        String hers = query.masterId() == null ? "1 = 1" : "b.employee_id = " + query.masterId();
        long[] figures = new Sql("SELECT SUM(CASE WHEN v.visits > 0 THEN 1 ELSE 0 END), SUM(v.visits),"
                + " SUM(CASE WHEN v.visits > 0 AND v.first_visit >= ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN v.last_visit BETWEEN ? AND ? THEN 1 ELSE 0 END)"
                + " FROM (SELECT b.client_id, SUM(CASE WHEN b.booking_date >= ? AND " + hers + " THEN 1 ELSE 0 END)"
                + " AS visits, MIN(b.booking_date) AS first_visit,"
                + " MAX(CASE WHEN " + hers + " THEN b.booking_date END) AS last_visit FROM booking b"
                + " WHERE b.branch_id = ? AND b.status = 'COMPLETED' AND b.booking_date <= ? GROUP BY b.client_id) v",
                query.from(), query.from().minusDays(lostAfterDays), query.to().minusDays(lostAfterDays),
                query.from(), query.branchId(), query.to())
                .list(connection, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)})
                .get(0);
        BigDecimal amount = revenue.amount();
        return new ClientFigures(figures[0], figures[2], figures[1], amount, revenue.count(), lostAfterDays,
                figures[3]);
    }
}
