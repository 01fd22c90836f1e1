package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the admin chose for a booking a schedule change leaves outside working time. */
public sealed interface ConflictDecision {

    /** The booking stays where it is, marked as outside working time. */
    record Keep() implements ConflictDecision {
    }

    /** The booking is cancelled with a reason (it stays, as cancelled). */
    record Cancel(String reason) implements ConflictDecision {
    }

    /** The booking moves to another master (who must do its services) and/or time, checked as any move is. */
    record Move(long masterId, LocalDate date, LocalTime time) implements ConflictDecision {
    }
}
