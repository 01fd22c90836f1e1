package org.salondesk.availability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.salondesk.i18n.Messages;

/**
 * Checks the stored bookings against the booking rules: no two bookings of one master overlap (cancelled ones and
 * no-shows left out: their time was free to take), and every booking lies inside its master's working time unless
 * the desk kept it there on purpose (flagged as outside working time). Used by tests and by {@code --self-check}.
 */
public final class BookingRulesAudit {

    /** A broken rule: the bookings involved (by number) and what is wrong, in the user's words. */
    public record Violation(Kind kind, List<Long> bookingNumbers, String description) {

        /** Which rule is broken. */
        public enum Kind { OVERLAP, OUTSIDE_WORKING_TIME }
    }

    private record Stored(long number, long branchId, Occupation occupation, int minutes, boolean flaggedOutside) {

        LocalDate date() {
            return occupation.date();
        }

        TimeSpan span() {
            return occupation.span();
        }

        long masterId() {
            return occupation.masterId();
        }
    }

    private final AvailabilityLoader loader = new AvailabilityLoader();

    /** Every violation in the database, ordered by master, date and time. */
    public List<Violation> check(Connection connection) throws SQLException {
        List<Stored> bookings = stored(connection);
        List<Violation> violations = new ArrayList<>();
        Map<Long, List<Stored>> byBranch = bookings.stream()
                .collect(Collectors.groupingBy(Stored::branchId));
        for (Map.Entry<Long, List<Stored>> branch : byBranch.entrySet()) {
            List<Stored> ofBranch = branch.getValue();
            LocalDate from = ofBranch.stream().map(Stored::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = ofBranch.stream().map(Stored::date).max(Comparator.naturalOrder()).orElseThrow();
            Map<Long, MasterSchedule> schedules = loader.schedules(connection, branch.getKey(), null, from, to);
            for (Stored booking : ofBranch) {
                MasterSchedule schedule = schedules.get(booking.masterId());
                if (!booking.flaggedOutside() && (schedule == null
                        || !schedule.covers(booking.date(), booking.span().startTime(), booking.minutes())
                        && !schedule.coversWork(booking.date(), booking.occupation()))) {
                    violations.add(new Violation(Violation.Kind.OUTSIDE_WORKING_TIME, List.of(booking.number()),
                            Messages.get("audit.outside", booking.number(), booking.date(),
                                    booking.span().startTime(), booking.span().endTime())));
                }
            }
            violations.addAll(overlaps(ofBranch));
        }
        return violations;
    }

    private static List<Violation> overlaps(List<Stored> bookings) {
        List<Stored> blocking = bookings.stream()
                .filter(b -> b.occupation().blocksOnceOver())
                .sorted(Comparator.comparingLong(Stored::masterId).thenComparing(Stored::date)
                        .thenComparingInt(b -> b.span().start()).thenComparingLong(Stored::number))
                .toList();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < blocking.size(); i++) {
            Stored first = blocking.get(i);
            for (int j = i + 1; j < blocking.size(); j++) {
                Stored second = blocking.get(j);
                if (second.masterId() != first.masterId() || !second.date().equals(first.date())
                        || !second.span().overlaps(first.span())) {
                    break;
                }
                if (!busyTogether(first.occupation(), second.occupation())) {
                    // One is done while the other's client waits out her processing (decision 0033).
                    continue;
                }
                violations.add(new Violation(Violation.Kind.OVERLAP, List.of(first.number(), second.number()),
                        Messages.get("audit.overlap", first.number(), second.number(), first.date())));
            }
        }
        return violations;
    }

    private static boolean busyTogether(Occupation one, Occupation other) {
        for (TimeSpan mine : one.masterSpans()) {
            for (TimeSpan theirs : other.masterSpans()) {
                if (mine.overlaps(theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Stored> stored(Connection connection) throws SQLException {
        List<Stored> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select booking_number, branch_id, employee_id, booking_date, start_time, duration_minutes, status, "
                        + "outside_working_time, processing_from_minutes, processing_minutes from booking"
                        + " where status <> 'CANCELLED'");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                LocalTime start = rows.getObject(5, LocalTime.class);
                int minutes = rows.getInt(6);
                int from = TimeSpan.minuteOfDay(start);
                // A booking running past midnight is inside no shift; its span (for overlaps) ends with the day.
                TimeSpan span = new TimeSpan(from, Math.min(from + minutes, TimeSpan.MINUTES_PER_DAY));
                Occupation occupation = Occupation.booking(0, rows.getLong(3), rows.getObject(4, LocalDate.class),
                        span, BookingStatus.valueOf(rows.getString(7)));
                if (rows.getInt(10) > 0 && from + rows.getInt(9) + rows.getInt(10) < span.end()) {
                    occupation = AvailabilityLoader.withProcessing(occupation, rows, 9);
                }
                result.add(new Stored(rows.getLong(1), rows.getLong(2), occupation, minutes, rows.getBoolean(8)));
            }
        }
        return result;
    }
}
