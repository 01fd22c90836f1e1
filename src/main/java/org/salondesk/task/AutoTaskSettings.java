package org.salondesk.task;

import org.salondesk.Require;

/**
 * Which tasks the desk makes by itself in a branch: a call-back after a no-show, a confirmation call the day before
 * for bookings still new, and a follow-up when a client has not come for {@code followUpAfterDays} (null: never).
 */
public record AutoTaskSettings(boolean callBackAfterNoShow, boolean confirmDayBefore, Integer followUpAfterDays) {

    public AutoTaskSettings {
        Require.that(followUpAfterDays == null || followUpAfterDays >= 7 && followUpAfterDays <= 730,
                "error.task.followUpDays");
    }
}
