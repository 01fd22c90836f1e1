package org.salondesk.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.hibernate.Session;

/**
 * The task "offer the time to ..." the desk makes when a waiting-list entry finds free time: for the whole desk
 * (no assignee), due the day it was found, about the client.
 */
public final class FreedTimeTasks {

    public void add(Session session, String clientName, String phone, LocalDate date, LocalTime time, LocalDate due,
                    Instant at, long clientId) {
        session.persist(Task.ofDesk(TaskKind.OFFER_FREED_TIME, TaskWords.args(clientName, phone, date, time), due, at,
                null, clientId, null));
    }
}
