package org.salondesk.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.audit.AuditTrail;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.Booking;
import org.salondesk.booking.StatusListener;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;

/**
 * The tasks the desk makes by itself, each at most once: a call-back when a booking turns NO_SHOW (in the same
 * transaction), and, when {@link #makeDueTasks()} runs, confirmation calls for tomorrow's new bookings and
 * follow-ups for clients who have not come for the branch's number of days. Unassigned: whoever is at the desk.
 */
public final class AutoTasks implements StatusListener {

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;

    public AutoTasks(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** The branch's settings that switch these tasks (the branch service owns them and saves them). */
    public AutoTaskSettings settings(long branchId) {
        return database.withConnection(connection -> settings(connection, branchId));
    }

    @Override
    public void statusChanged(Session session, Booking booking, BookingStatus before) {
        if (booking.getStatus() != BookingStatus.NO_SHOW) {
            return;
        }
        boolean wanted = Database.withConnection(session, connection ->
                settings(connection, booking.getBranchId()).callBackAfterNoShow()
                        && !exists(connection, "SELECT 1 FROM task WHERE booking_id = ? AND kind = 'NO_SHOW_CALL_BACK'",
                        booking.getId()));
        if (wanted) {
            Client client = session.find(Client.class, booking.getClientId());
            persist(session, TaskKind.NO_SHOW_CALL_BACK, TaskWords.args(client.getFullName(), client.getPhone(),
                    booking.getDate(), booking.getStartTime()), LocalDate.now(clock), client.getId(), booking.getId());
        }
    }

    /** Makes the confirmation calls and follow-ups that are due now and not made yet; answers how many it made. */
    public int makeDueTasks() {
        LocalDate today = LocalDate.now(clock);
        // The desk's timer makes these, not whoever is signed in: the audit trail says SalonDesk.
        return audit.byDesk(() -> database.fromTransaction(session -> {
            List<Due> due = Database.withConnection(session, connection -> {
                List<Due> found = new ArrayList<>(confirmationCalls(connection, today.plusDays(1)));
                found.addAll(followUps(connection, today));
                return found;
            });
            due.forEach(task -> persist(session, task.kind(), task.args(), today, task.clientId(), task.bookingId()));
            return due.size();
        }));
    }

    private record Due(TaskKind kind, List<String> args, long clientId, Long bookingId) {
    }

    private static List<Due> confirmationCalls(Connection connection, LocalDate tomorrow) throws SQLException {
        String sql = "SELECT b.id, b.client_id, b.start_time, c.name, c.surname, c.phone FROM booking b"
                + " JOIN branch r ON r.id = b.branch_id JOIN client c ON c.id = b.client_id"
                + " WHERE b.booking_date = ? AND b.status = 'NEW' AND r.task_confirm_day_before = TRUE"
                + " AND NOT EXISTS (SELECT 1 FROM task t WHERE t.booking_id = b.id AND t.kind = 'CONFIRMATION_CALL')"
                + " ORDER BY b.start_time, b.id";
        List<Due> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, tomorrow);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    LocalTime start = row.getTime(3).toLocalTime();
                    due.add(new Due(TaskKind.CONFIRMATION_CALL, TaskWords.args(fullName(row.getString(4),
                            row.getString(5)), row.getString(6), tomorrow, start), row.getLong(2), row.getLong(1)));
                }
            }
        }
        return due;
    }

    /**
     * Clients whose last completed visit was at least the branch's number of days ago, with nothing booked ahead,
     * not blocked or unsubscribed, and no follow-up made since that visit.
     */
    private static List<Due> followUps(Connection connection, LocalDate today) throws SQLException {
        String sql = "SELECT c.id, c.name, c.surname, c.phone, last.visit, r.follow_up_after_days FROM client c"
                + " JOIN (SELECT b.client_id, MAX(b.booking_date) AS visit FROM booking b"
                + "       WHERE b.status = 'COMPLETED' GROUP BY b.client_id) last ON last.client_id = c.id"
                + " JOIN branch r ON r.id = (SELECT MIN(v.branch_id) FROM booking v WHERE v.client_id = c.id"
                + "     AND v.booking_date = last.visit AND v.status = 'COMPLETED')"
                + " WHERE c.blocked = FALSE AND c.unsubscribed = FALSE AND r.follow_up_after_days IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM booking a WHERE a.client_id = c.id AND a.booking_date >= ?"
                + "     AND a.status IN ('NEW', 'CONFIRMED', 'ARRIVED'))"
                + " AND NOT EXISTS (SELECT 1 FROM task t WHERE t.client_id = c.id AND t.kind = 'FOLLOW_UP'"
                + "     AND t.due_date > last.visit)"
                + " ORDER BY last.visit, c.id";
        List<Due> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, today);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    LocalDate visit = row.getDate(5).toLocalDate();
                    if (visit.plusDays(row.getInt(6)).isAfter(today)) {
                        continue;
                    }
                    due.add(new Due(TaskKind.FOLLOW_UP, TaskWords.args(fullName(row.getString(2), row.getString(3)),
                            row.getString(4), visit, null), row.getLong(1), null));
                }
            }
        }
        return due;
    }

    private void persist(Session session, TaskKind kind, List<String> args, LocalDate due, Long clientId,
                         Long bookingId) {
        session.persist(Task.ofDesk(kind, args, due, clock.instant(), null, clientId, bookingId));
    }

    private static AutoTaskSettings settings(Connection connection, long branchId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT task_on_no_show, task_confirm_day_before,"
                + " follow_up_after_days FROM branch WHERE id = ?")) {
            query.setLong(1, branchId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId);
                }
                int days = row.getInt(3);
                Integer followUpAfterDays = row.wasNull() ? null : days;
                return new AutoTaskSettings(row.getBoolean(1), row.getBoolean(2), followUpAfterDays);
            }
        }
    }

    private static boolean exists(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String fullName(String name, String surname) {
        return surname == null ? name : name + " " + surname;
    }
}
