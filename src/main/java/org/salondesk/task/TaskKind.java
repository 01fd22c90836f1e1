package org.salondesk.task;

/** Where a task came from: a person, or the desk itself after something happened. */
public enum TaskKind {
    /** Made by a staff user. */
    MANUAL(null),
    /** Call the client back after she did not come. */
    NO_SHOW_CALL_BACK("task.auto.noShow"),
    /** Call the day before to confirm a booking that is still new. */
    CONFIRMATION_CALL("task.auto.confirm"),
    /** Call a client who has not come for a long time. */
    FOLLOW_UP("task.auto.followUp"),
    /** A master away from the desk is told that someone else booked her a client. */
    BOOKED_BY_OTHER("task.auto.bookedByOther"),
    /** ... that someone else moved a booking of hers (to her, from her, or in her day). */
    MOVED_BY_OTHER("task.auto.movedByOther"),
    /** ... that someone else cancelled a booking of hers. */
    CANCELLED_BY_OTHER("task.auto.cancelledByOther"),
    /** Time freed that a client on the waiting list wants: offer it to her. */
    OFFER_FREED_TIME("task.auto.offerFreedTime");

    private final String messageKey;

    TaskKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message that words a task the desk makes of this kind; null for a person's own task. */
    public String messageKey() {
        return messageKey;
    }
}
