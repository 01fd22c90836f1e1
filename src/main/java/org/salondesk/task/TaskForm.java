package org.salondesk.task;

import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.Require;
import org.salondesk.TextLimit;

/**
 * What a person writes on a task: for whom (null: anyone at the desk), what, when (a date, optionally a time), and
 * optionally the client or booking it is about.
 */
public record TaskForm(Long assigneeId, String title, String description, LocalDate dueDate, LocalTime dueTime,
                       Long clientId, Long bookingId) {

    /** The longest title and description kept, for the screens (declared beside their columns on {@link Task}). */
    public static final TextLimit TITLE = Task.TITLE;
    public static final TextLimit DESCRIPTION = Task.DESCRIPTION;

    /** The form with texts trimmed; a blank title, a missing date or overlong texts are refused. */
    TaskForm checked() {
        String text = Require.text(title, "field.title", Task.TITLE);
        String about = Require.optionalText(description, Task.DESCRIPTION);
        Require.present(dueDate, "field.dueDate");
        return new TaskForm(assigneeId, text, about, dueDate, dueTime, clientId, bookingId);
    }
}
