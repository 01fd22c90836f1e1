package org.salondesk.catalog;

import org.salondesk.Bounds;
import org.salondesk.Require;

/**
 * What a branch has the desk do by itself: a call-back task after a no-show, a confirmation call the day before for
 * bookings still new, a follow-up when a client has not come for {@code followUpAfterDays} (null: never), and
 * suggesting to block a client after {@code suggestBlockAfterNoShows} no-shows (null: never). Kept on the branch row,
 * so its one owner ({@link BranchService}) saves them with the rest of the settings.
 */
public record BranchPolicies(boolean callBackAfterNoShow, boolean confirmDayBefore, Integer followUpAfterDays,
                             Integer suggestBlockAfterNoShows) {

    /** A follow-up comes after a week to two years without a visit. */
    public static final Bounds FOLLOW_UP_DAYS = Bounds.whole("fieldName.followUp", 7, 730);
    /** The branch may suggest blocking a client after 1 to 20 no-shows. */
    public static final Bounds SUGGEST_BLOCK_AFTER = Bounds.whole("fieldName.suggestBlock", 1, 20);

    /** These policies with other task settings. */
    public BranchPolicies withTasks(boolean callBack, boolean confirm, Integer followUpDays) {
        return new BranchPolicies(callBack, confirm, followUpDays, suggestBlockAfterNoShows);
    }

    /** These policies with another limit for suggesting a block (null: never). */
    public BranchPolicies withSuggestBlockAfter(Integer noShows) {
        return new BranchPolicies(callBackAfterNoShow, confirmDayBefore, followUpAfterDays, noShows);
    }

    /** These policies, refused (INVALID_ARGUMENT) when a number is out of its bounds. */
    BranchPolicies checked() {
        Require.optionalWithin(followUpAfterDays, FOLLOW_UP_DAYS);
        Require.optionalWithin(suggestBlockAfterNoShows, SUGGEST_BLOCK_AFTER);
        return this;
    }
}
