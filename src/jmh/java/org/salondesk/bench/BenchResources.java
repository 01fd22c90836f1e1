package org.salondesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Processing time and resources in {@link BenchSalon} (decision 0033), added to a salon built before them: two basins
 * and one massage room; a colour (apply 30, process 30, rinse 15 at a basin) and a massage (60 in the room) that every
 * master does; and, over the days availability reads, every fourth booking of 75 minutes or more processing, every
 * fourth booking rinsing its last 15 minutes at a basin, and one booking every other hour in the massage room for 45 minutes.
 */
final class BenchResources {

    static final String COLOUR = "Окрашивание (замер)";
    static final String MASSAGE = "Массаж (замер)";

    private BenchResources() {
    }

    /** The bench colour's and massage's ids, added first when the salon has none. */
    static long[] addIfMissing(Connection connection, long branch, LocalDate from, LocalDate to)
            throws SQLException {
        Long colour = id(connection, "select id from salon_service where title = '" + COLOUR + "'");
        if (colour == null) {
            add(connection, branch, from, to);
            colour = id(connection, "select id from salon_service where title = '" + COLOUR + "'");
        }
        Long massage = id(connection, "select id from salon_service where title = '" + MASSAGE + "'");
        return new long[]{colour, massage};
    }

    private static void add(Connection connection, long branch, LocalDate from, LocalDate to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into resource (branch_id, name, quantity, active) values (" + branch
                    + ", 'Мойка', 2, true), (" + branch + ", 'Массажный кабинет', 1, true)");
            statement.executeUpdate("insert into salon_service (branch_id, title, price, duration_minutes, active,"
                    + " busy_before_minutes, processing_minutes) values (" + branch + ", '" + COLOUR
                    + "', 4000, 75, true, 30, 30), (" + branch + ", '" + MASSAGE + "', 3000, 60, true, 0, 0)");
            statement.executeUpdate("insert into service_resource (service_id, resource_id, phase)"
                    + " select s.id, r.id, 'AFTER' from salon_service s, resource r"
                    + " where s.title = '" + COLOUR + "' and r.name = 'Мойка'");
            statement.executeUpdate("insert into service_resource (service_id, resource_id, phase)"
                    + " select s.id, r.id, 'WHOLE' from salon_service s, resource r"
                    + " where s.title = '" + MASSAGE + "' and r.name = 'Массажный кабинет'");
            statement.executeUpdate("insert into employee_service (employee_id, service_id)"
                    + " select e.id, s.id from employee e, salon_service s"
                    + " where s.title in ('" + COLOUR + "', '" + MASSAGE + "')");
        }
        try (PreparedStatement processing = connection.prepareStatement("update booking"
                + " set processing_from_minutes = 30, processing_minutes = 30"
                + " where booking_date between ? and ? and duration_minutes >= 75 and mod(id, 4) = 0");
             PreparedStatement basins = connection.prepareStatement("insert into resource_use (branch_id,"
                     + " resource_id, booking_id, use_date, start_minute, end_minute)"
                     + " select b.branch_id, r.id, b.id, b.booking_date,"
                     + " extract(hour from b.start_time) * 60 + extract(minute from b.start_time)"
                     + " + b.duration_minutes - 15,"
                     + " extract(hour from b.start_time) * 60 + extract(minute from b.start_time) + b.duration_minutes"
                     + " from booking b, resource r where r.name = 'Мойка' and b.booking_date between ? and ?"
                     + " and mod(b.id, 4) = 1");
             PreparedStatement room = connection.prepareStatement("insert into resource_use (branch_id,"
                     + " resource_id, booking_id, use_date, start_minute, end_minute)"
                     + " select b.branch_id, r.id, min(b.id), b.booking_date,"
                     + " extract(hour from b.start_time) * 60, extract(hour from b.start_time) * 60 + 45"
                     + " from booking b, resource r where r.name = 'Массажный кабинет'"
                     + " and b.booking_date between ? and ? and mod(extract(hour from b.start_time), 2) = 0"
                     + " group by b.branch_id, r.id, b.booking_date,"
                     + " extract(hour from b.start_time)")) {
            for (PreparedStatement statement : new PreparedStatement[]{processing, basins, room}) {
                statement.setObject(1, from);
                statement.setObject(2, to);
                statement.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update catalog_version set version = version + 1 where id = 1");
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }

    private static Long id(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }
}
