package org.salondesk.notification;

import org.salondesk.task.TaskKind;

/** What someone else did to a master's booking, or time freed for the waiting list. */
public enum NotificationKind {
    BOOKED("notification.booked", TaskKind.BOOKED_BY_OTHER),
    MOVED("notification.moved", TaskKind.MOVED_BY_OTHER),
    CANCELLED("notification.cancelled", TaskKind.CANCELLED_BY_OTHER),
    /** Time freed for a client on the waiting list (not about a booking: the desk's staff are told). */
    TIME_FREED("notification.timeFreed", TaskKind.OFFER_FREED_TIME);

    private final String messageKey;
    private final TaskKind taskKind;

    NotificationKind(String messageKey, TaskKind taskKind) {
        this.messageKey = messageKey;
        this.taskKind = taskKind;
    }

    /** The words of a notification of this kind: who, client, date, time. */
    public String messageKey() {
        return messageKey;
    }

    /** The kind of the task line a master away from every desk gets instead. */
    TaskKind taskKind() {
        return taskKind;
    }
}
