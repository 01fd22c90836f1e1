package org.salondesk.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A task as the lists and the card show it, with the names of whom and what it is about. Its title is in the
 * reader's language when the desk made the task (worded anew from its kind and values when read).
 */
public record TaskRow(long id, TaskKind kind, Long assigneeId, String assigneeName, String title, String description,
                      LocalDate dueDate, LocalTime dueTime, boolean done, Instant doneAt, Long clientId,
                      String clientName, String clientPhone, Long bookingId, Long bookingNumber) {

    /** Not done and its day (or its hour, today) has passed. */
    public boolean overdueAt(LocalDate today, LocalTime now) {
        return !done && (dueDate.isBefore(today) || dueDate.equals(today) && dueTime != null && dueTime.isBefore(now));
    }

    /** The form that edits this task. */
    public TaskForm form() {
        return new TaskForm(assigneeId, title, description, dueDate, dueTime, clientId, bookingId);
    }
}
