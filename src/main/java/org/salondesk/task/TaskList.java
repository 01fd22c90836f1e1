package org.salondesk.task;

/** The task lists of the desk: what is late, what is for today, what comes later, what is done. */
public enum TaskList {
    OVERDUE, TODAY, UPCOMING, DONE
}
