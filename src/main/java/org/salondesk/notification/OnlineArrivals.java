package org.salondesk.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/**
 * Which of the bookings the change feed names are online requests that have just arrived: made through the booking
 * server (source ONLINE), still NEW, made in the last {@link #RECENT}, so that a request touched again later (a note,
 * a confirmation elsewhere) does not pop up as new. A master's desk hears only of her own.
 */
public final class OnlineArrivals {

    static final Duration RECENT = Duration.ofMinutes(10);
    /** The most bookings asked about at once (the feed lists at most a thousand). */
    private static final int MOST = 1000;

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    public OnlineArrivals(Database database, Clock clock, CurrentStaff currentStaff) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** The online requests just arrived among {@code bookingIds}, in the order they were made. */
    public List<OnlineArrival> among(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty() || bookingIds.size() > MOST) {
            return List.of();
        }
        Optional<Long> onlyMaster = currentStaff.onlyMaster(Act.REQUESTS_BY_DATE);
        String sql = "SELECT b.id, b.branch_id, b.booking_date, b.start_time, c.name, c.surname, e.name"
                + " FROM booking b JOIN client c ON c.id = b.client_id JOIN employee e ON e.id = b.employee_id"
                + " WHERE b.id IN (" + String.join(", ", Collections.nCopies(bookingIds.size(), "?")) + ")"
                + " AND b.source = 'ONLINE' AND b.status = 'NEW' AND b.created_at >= ?"
                + (onlyMaster.isPresent() ? " AND b.employee_id = ?" : "") + " ORDER BY b.created_at, b.id";
        return database.withConnection(connection -> {
            List<OnlineArrival> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int index = 1;
                for (Long id : bookingIds) {
                    query.setLong(index++, id);
                }
                query.setObject(index++, OffsetDateTime.ofInstant(clock.instant().minus(RECENT), ZoneOffset.UTC));
                if (onlyMaster.isPresent()) {
                    query.setLong(index, onlyMaster.get());
                }
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        String surname = row.getString(6);
                        String client = surname == null || surname.isBlank() ? row.getString(5)
                                : row.getString(5) + " " + surname;
                        found.add(new OnlineArrival(row.getLong(1), row.getLong(2), client, "", row.getString(7),
                                row.getObject(3, LocalDate.class), row.getObject(4, LocalTime.class)));
                    }
                }
            }
            return withServices(connection, found);
        });
    }

    private static List<OnlineArrival> withServices(Connection connection, List<OnlineArrival> found)
            throws SQLException {
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<String>> titles = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT booking_id, title FROM booked_service"
                + " WHERE booking_id IN (" + String.join(", ", Collections.nCopies(found.size(), "?")) + ")"
                + " ORDER BY booking_id, line_no")) {
            for (int i = 0; i < found.size(); i++) {
                query.setLong(i + 1, found.get(i).bookingId());
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    titles.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                }
            }
        }
        return found.stream().map(arrival -> new OnlineArrival(arrival.bookingId(), arrival.branchId(),
                arrival.client(), String.join(", ", titles.getOrDefault(arrival.bookingId(), List.of())),
                arrival.master(), arrival.date(), arrival.start())).toList();
    }
}
