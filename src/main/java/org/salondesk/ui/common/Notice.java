package org.salondesk.ui.common;

/**
 * A short message after an action: "Booking 1042 moved to 14:30". {@code undo}, when not null, takes the action back;
 * an error notice explains a refusal.
 */
public record Notice(String text, boolean error, Runnable undo) {

    public static Notice info(String text) {
        return new Notice(text, false, null);
    }

    public static Notice undoable(String text, Runnable undo) {
        return new Notice(text, false, undo);
    }

    public static Notice error(String text) {
        return new Notice(text, true, null);
    }

    public boolean canUndo() {
        return undo != null;
    }
}
