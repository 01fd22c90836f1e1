package org.salondesk.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.availability.Footprint;
import org.salondesk.availability.TimeSpan;
import org.salondesk.guard.GuardedWrite;

/**
 * Keeps what a booking or hold takes beyond its master's time (decision 0033): its processing window on its own row,
 * and its resource uses in {@code resource_use}, written with it and moved with it.
 */
final class BookingFootprints {

    private BookingFootprints() {
    }

    /** The footprint a booking was booked with, read back: a move or a reinstatement takes the same again. */
    static Footprint of(Connection connection, Booking booking) throws SQLException {
        int start = TimeSpan.minuteOfDay(booking.getStartTime());
        List<Footprint.ResourceNeed> needs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select resource_id, start_minute,"
                + " end_minute from resource_use where booking_id = ? order by id")) {
            statement.setLong(1, booking.getId());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    needs.add(new Footprint.ResourceNeed(rows.getLong(1), rows.getInt(2) - start,
                            rows.getInt(3) - start));
                }
            }
        }
        return new Footprint(booking.getDurationMinutes(), booking.plan().processingFromMinutes(),
                booking.plan().processingMinutes(), needs);
    }

    /**
     * The footprint a booking was booked with, for a write that gives it time again (a move, a reinstatement): the
     * branch's resources are locked first when it takes any (decision 0033).
     */
    static Footprint locked(GuardedWrite write, Booking booking) throws SQLException {
        Footprint footprint = of(write.connection(), booking);
        if (!footprint.needs().isEmpty()) {
            write.lockResources(booking.getBranchId());
        }
        return footprint;
    }

    /** Writes a new booking's resource uses at its place. */
    static void writeUses(Connection connection, Booking booking, Footprint footprint) throws SQLException {
        write(connection, booking.getBranchId(), booking.getId(), null, booking.getDate(), booking.getStartTime(),
                footprint);
    }

    /** Writes a hold's resource uses; they go with the hold. */
    static void writeUses(Connection connection, SlotHold hold, Footprint footprint) throws SQLException {
        write(connection, hold.getBranchId(), null, hold.getId(), hold.getDate(), hold.getStartTime(), footprint);
    }

    /** Moves a booking's resource uses with it: the same stretches of it, at its new date and time. */
    static void moveUses(Connection connection, Booking booking, Footprint footprint) throws SQLException {
        if (footprint.needs().isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from resource_use where booking_id = ?")) {
            delete.setLong(1, booking.getId());
            delete.executeUpdate();
        }
        writeUses(connection, booking, footprint);
    }

    private static void write(Connection connection, long branchId, Long bookingId, Long holdId, LocalDate date,
                              LocalTime start, Footprint footprint) throws SQLException {
        if (footprint.needs().isEmpty()) {
            return;
        }
        int from = TimeSpan.minuteOfDay(start);
        try (PreparedStatement insert = connection.prepareStatement("insert into resource_use (branch_id,"
                + " resource_id, booking_id, hold_id, use_date, start_minute, end_minute) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Footprint.ResourceNeed need : footprint.needs()) {
                insert.setLong(1, branchId);
                insert.setLong(2, need.resourceId());
                insert.setObject(3, bookingId);
                insert.setObject(4, holdId);
                insert.setObject(5, date);
                insert.setInt(6, from + need.from());
                insert.setInt(7, from + need.to());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
