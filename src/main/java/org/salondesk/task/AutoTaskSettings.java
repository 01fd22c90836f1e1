package org.salondesk.task;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.catalog.BranchPolicies;

/**
 * Which tasks the desk makes by itself in a branch: a call-back after a no-show, a confirmation call the day before
 * for bookings still new, and a follow-up when a client has not come for {@code followUpAfterDays} (null: never).
 */
public record AutoTaskSettings(boolean callBackAfterNoShow, boolean confirmDayBefore, Integer followUpAfterDays) {

    /** A follow-up comes after a week to two years without a visit. */
    public static final Bounds FOLLOW_UP_DAYS = BranchPolicies.FOLLOW_UP_DAYS;

    public AutoTaskSettings {
        Require.optionalWithin(followUpAfterDays, FOLLOW_UP_DAYS);
    }
}
