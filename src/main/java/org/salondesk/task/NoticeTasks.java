package org.salondesk.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.hibernate.Session;

/**
 * The task lines that tell a staff user of a booking change while she is away from every desk, written in the
 * transaction of the change: due the day it happened, about the booking and its client.
 */
public final class NoticeTasks {

    /** Adds the line of {@code kind} (one of the *_BY_OTHER kinds) to {@code assigneeId}'s list. */
    public void add(Session session, TaskKind kind, long assigneeId, String clientName, String phone, LocalDate date,
                    LocalTime time, LocalDate due, Instant at, long clientId, long bookingId) {
        session.persist(Task.ofDesk(kind, TaskWords.args(clientName, phone, date, time), due, at, assigneeId, clientId,
                bookingId));
    }
}
