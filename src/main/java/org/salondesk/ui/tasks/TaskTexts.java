package org.salondesk.ui.tasks;

import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.task.TaskRow;

/** How a task's links read on screen. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** The client (name and phone) and the booking number a task is about, or empty. */
    static String about(TaskRow task) {
        StringBuilder text = new StringBuilder();
        if (task.clientId() != null) {
            text.append(task.clientName());
            if (task.clientPhone() != null) {
                text.append(", ").append(PhoneNumbers.display(task.clientPhone()));
            }
        }
        if (task.bookingNumber() != null) {
            text.append(text.isEmpty() ? "" : "; ").append(Messages.get("tasks.booking", task.bookingNumber()));
        }
        return text.toString();
    }
}
