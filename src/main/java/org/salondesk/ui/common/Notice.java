package org.salondesk.ui.common;

/**
 * A short message after an action: "Booking 1042 moved to 14:30", or an error notice explaining a refusal. What can
 * be taken back is kept in the {@link UndoHistory}, not in the notice, so Undo outlives the notice.
 */
public record Notice(String text, boolean error) {

    public static Notice info(String text) {
        return new Notice(text, false);
    }

    public static Notice error(String text) {
        return new Notice(text, true);
    }
}
