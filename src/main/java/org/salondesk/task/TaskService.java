package org.salondesk.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.booking.Booking;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;
import org.salondesk.staff.StaffUser;

/**
 * The desk's task lists: create, edit, mark done, delete, and the lists Overdue, Today, Upcoming and Done for one staff
 * user (her tasks and the desk's unassigned ones) or for everyone.
 */
public final class TaskService {

    /** A done list shows the latest ones; older done tasks stay in the database and on the client's card. */
    private static final int DONE_SHOWN = 300;

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    public TaskService(Database database, Clock clock, CurrentStaff currentStaff) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** A new task; on a master's desk it is hers (for no one in particular means for her). */
    public long create(TaskForm form) {
        TaskForm checked = forWhom(form.checked());
        return database.fromTransaction(session -> {
            requireReferences(session, checked);
            Task task = new Task(checked.assigneeId(), checked.title(), checked.dueDate(), clock.instant(),
                    currentStaff.id());
            fill(task, checked);
            session.persist(task);
            session.flush();
            return task.getId();
        });
    }

    public void update(long taskId, TaskForm form) {
        TaskForm checked = forWhom(form.checked());
        database.inTransaction(session -> {
            Task task = own(session, taskId);
            requireReferences(session, checked);
            task.setAssigneeId(checked.assigneeId());
            // Words the desk made stay the desk's (and follow the reader's language) until a person rewrites them.
            if (!checked.title().equals(task.text())) {
                task.setTitle(checked.title());
                task.setTextArgs(null);
            }
            task.setDueDate(checked.dueDate());
            fill(task, checked);
        });
    }

    public void markDone(long taskId) {
        database.inTransaction(session -> {
            Task task = own(session, taskId);
            if (!task.isDone()) {
                task.markDone(clock.instant());
            }
        });
    }

    public void reopen(long taskId) {
        database.inTransaction(session -> own(session, taskId).reopen());
    }

    public void delete(long taskId) {
        database.inTransaction(session -> session.remove(own(session, taskId)));
    }

    public TaskRow get(long taskId) {
        List<TaskRow> found = rows("t.id = ?", List.of(taskId), "t.id", 1);
        if (found.isEmpty()) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.task.notFound", taskId);
        }
        currentStaff.requireForStaffUser(Act.TASKS, found.get(0).assigneeId());
        return found.get(0);
    }

    /** One list, for {@code staffUserId} (her tasks and the unassigned ones) or, when null, for everyone. */
    public List<TaskRow> list(TaskList list, Long staffUserId) {
        Where where = where(list, staffUserId);
        String order = list == TaskList.DONE ? "t.done_at DESC, t.id DESC" : "t.due_date, t.due_time, t.id";
        return rows(where.sql(), where.parameters(), order, list == TaskList.DONE ? DONE_SHOWN : Integer.MAX_VALUE);
    }

    /** How many tasks each list holds, for {@code staffUserId} or everyone. */
    public Map<TaskList, Integer> counts(Long staffUserId) {
        Map<TaskList, Integer> counts = new EnumMap<>(TaskList.class);
        database.withConnection(connection -> {
            for (TaskList list : TaskList.values()) {
                Where where = where(list, staffUserId);
                try (PreparedStatement statement = prepare(connection, "SELECT COUNT(*) FROM task t WHERE "
                        + where.sql(), where.parameters()); ResultSet result = statement.executeQuery()) {
                    result.next();
                    counts.put(list, result.getInt(1));
                }
            }
            return null;
        });
        return counts;
    }

    /** What the navigation's badge shows: overdue tasks and today's. */
    public int waitingCount(Long staffUserId) {
        Map<TaskList, Integer> counts = counts(staffUserId);
        return counts.get(TaskList.OVERDUE) + counts.get(TaskList.TODAY);
    }

    /** The tasks about a client (open first, then done), for her card. */
    public List<TaskRow> forClient(long clientId) {
        return mine(rows("t.client_id = ?", List.of(clientId), "t.done, t.due_date DESC, t.id DESC", 200));
    }

    /** The tasks about a booking, for its details. */
    public List<TaskRow> forBooking(long bookingId) {
        return mine(rows("t.booking_id = ?", List.of(bookingId), "t.done, t.due_date, t.id", 200));
    }

    /** The form as the signed-in role may write it: a master's task is assigned to her, never to someone else. */
    private TaskForm forWhom(TaskForm form) {
        Optional<Long> me = currentStaff.onlyStaffUser(Act.TASKS);
        if (me.isEmpty() || form.assigneeId() != null) {
            currentStaff.requireForStaffUser(Act.TASKS, form.assigneeId());
            return form;
        }
        return new TaskForm(me.get(), form.title(), form.description(), form.dueDate(), form.dueTime(),
                form.clientId(), form.bookingId());
    }

    /** The task, refused (before anything is written) when the signed-in role may not touch it. */
    private Task own(Session session, long taskId) {
        Task task = existing(session, taskId);
        currentStaff.requireForStaffUser(Act.TASKS, task.getAssigneeId());
        return task;
    }

    /** On a master's desk only the tasks assigned to her. */
    private List<TaskRow> mine(List<TaskRow> rows) {
        Optional<Long> me = currentStaff.onlyStaffUser(Act.TASKS);
        return me.isEmpty() ? rows : rows.stream().filter(row -> me.get().equals(row.assigneeId())).toList();
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private Where where(TaskList list, Long staffUserId) {
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        List<Object> parameters = new ArrayList<>();
        String sql = switch (list) {
            case OVERDUE -> {
                parameters.addAll(List.of(today, today, now));
                yield "t.done = FALSE AND (t.due_date < ? OR t.due_date = ? AND t.due_time IS NOT NULL"
                        + " AND t.due_time < ?)";
            }
            case TODAY -> {
                parameters.addAll(List.of(today, now));
                yield "t.done = FALSE AND t.due_date = ? AND (t.due_time IS NULL OR t.due_time >= ?)";
            }
            case UPCOMING -> {
                parameters.add(today);
                yield "t.done = FALSE AND t.due_date > ?";
            }
            case DONE -> "t.done = TRUE";
        };
        Optional<Long> me = currentStaff.onlyStaffUser(Act.TASKS);
        if (me.isPresent()) {
            // A master's lists hold her own tasks only, whoever she asks for; the desk's unassigned ones are not hers.
            sql += " AND t.assignee_id = ?";
            parameters.add(me.get());
        } else if (staffUserId != null) {
            sql += " AND (t.assignee_id = ? OR t.assignee_id IS NULL)";
            parameters.add(staffUserId);
        }
        return new Where(sql, parameters);
    }

    private List<TaskRow> rows(String where, List<Object> parameters, String order, int limit) {
        String sql = "SELECT t.id, t.kind, t.assignee_id, s.display_name, t.title, t.description, t.due_date,"
                + " t.due_time, t.done, t.done_at, t.client_id, c.name, c.surname, c.phone, t.booking_id,"
                + " b.booking_number, t.text_args FROM task t LEFT JOIN staff_user s ON s.id = t.assignee_id"
                + " LEFT JOIN client c ON c.id = t.client_id LEFT JOIN booking b ON b.id = t.booking_id"
                + " WHERE " + where + " ORDER BY " + order;
        return database.withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
                try (ResultSet result = statement.executeQuery()) {
                    List<TaskRow> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(row(result));
                    }
                    return rows;
                }
            }
        });
    }

    private static TaskRow row(ResultSet result) throws SQLException {
        Time dueTime = result.getTime(8);
        String surname = result.getString(13);
        String clientName = result.getString(12) == null ? null
                : result.getString(12) + (surname == null ? "" : " " + surname);
        java.sql.Timestamp doneAt = result.getTimestamp(10);
        TaskKind kind = TaskKind.valueOf(result.getString(2));
        return new TaskRow(result.getLong(1), kind, nullableLong(result, 3),
                result.getString(4), TaskWords.text(kind, result.getString(17), result.getString(5)),
                result.getString(6), result.getDate(7).toLocalDate(),
                dueTime == null ? null : dueTime.toLocalTime(), result.getBoolean(9),
                doneAt == null ? null : doneAt.toInstant(), nullableLong(result, 11), clientName,
                result.getString(14), nullableLong(result, 15), nullableLong(result, 16));
    }

    private static Long nullableLong(ResultSet result, int column) throws SQLException {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static void fill(Task task, TaskForm form) {
        task.setDescription(form.description());
        task.setDueTime(form.dueTime());
        task.setClientId(form.clientId());
        task.setBookingId(form.bookingId());
    }

    private static void requireReferences(Session session, TaskForm form) {
        if (form.assigneeId() != null) {
            StaffUser assignee = session.find(StaffUser.class, form.assigneeId());
            if (assignee == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.staff.notFound", form.assigneeId());
            }
            if (!assignee.isActive()) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.staff.inactive",
                        assignee.getDisplayName());
            }
        }
        if (form.clientId() != null && session.find(Client.class, form.clientId()) == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.client.notFound", form.clientId());
        }
        if (form.bookingId() != null && session.find(Booking.class, form.bookingId()) == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", form.bookingId());
        }
    }

    static Task existing(Session session, long taskId) {
        Task task = session.find(Task.class, taskId);
        if (task == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.task.notFound", taskId);
        }
        return task;
    }
}
