package org.salondesk.booking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.salondesk.persistence.Database;

/** Which visit a booking is a step of, read before a change that must take the visit along (decision 0036). */
final class VisitLinks {

    private VisitLinks() {
    }

    /** A booking's visit, where the booking and the visit's first step start. */
    record Link(long visitId, long branchId, LocalDateTime bookingStart, LocalDateTime firstStart) {

        /** Where the first step goes when this booking goes to {@code to}: every step moves by as much. */
        LocalDateTime firstStepAfter(LocalDateTime to) {
            return firstStart.plusMinutes(ChronoUnit.MINUTES.between(bookingStart, to));
        }
    }

    static Optional<Link> of(Database database, long bookingId) {
        return database.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select b.visit_id, b.branch_id,"
                    + " b.booking_date, b.start_time, f.booking_date, f.start_time from booking b"
                    + " join booking f on f.visit_id = b.visit_id where b.id = ?"
                    + " order by f.booking_date, f.start_time, f.id")) {
                select.setLong(1, bookingId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Link(rows.getLong(1), rows.getLong(2),
                            rows.getObject(3, LocalDate.class).atTime(rows.getObject(4, LocalTime.class)),
                            rows.getObject(5, LocalDate.class).atTime(rows.getObject(6, LocalTime.class))));
                }
            }
        });
    }
}
