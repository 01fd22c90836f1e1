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
     * (no completed visit at the branch before the period), and the lost: whose last visit up to the period's end
     * lies in [from - days, to - days].
     */
    ClientFigures clients(Connection connection, ReportQuery query, int lostAfterDays, RevenueLine revenue)
            throws SQLException {
        long[] came = new Sql("SELECT COUNT(DISTINCT b.client_id), COUNT(*) FROM booking b").bookings(query)
                .add(" AND b.status = 'COMPLETED'").list(connection, row -> new long[] {row.getLong(1),
                        row.getLong(2)}).get(0);
        long fresh = new Sql("SELECT COUNT(*) FROM (SELECT b.client_id FROM booking b").bookings(query)
                .add(" AND b.status = 'COMPLETED' GROUP BY b.client_id) v WHERE NOT EXISTS (SELECT 1 FROM booking o"
                        + " WHERE o.branch_id = ? AND o.status = 'COMPLETED' AND o.client_id = v.client_id"
                        + " AND o.booking_date < ?)", query.branchId(), query.from())
                .list(connection, row -> row.getLong(1)).get(0);
        Sql lost = new Sql("SELECT COUNT(*) FROM (SELECT b.client_id, MAX(b.booking_date) AS last_visit FROM booking b")
                .add(" WHERE b.branch_id = ? AND b.status = 'COMPLETED' AND b.booking_date <= ?", query.branchId(),
                        query.to());
        long gone = lost.master(query, "b").add(" GROUP BY b.client_id) v WHERE v.last_visit BETWEEN ? AND ?",
                        query.from().minusDays(lostAfterDays), query.to().minusDays(lostAfterDays))
                .list(connection, row -> row.getLong(1)).get(0);
        BigDecimal amount = revenue.amount();
        return new ClientFigures(came[0], fresh, came[1], amount, revenue.count(), lostAfterDays, gone);
    }
}
