package org.salondesk.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The latest notice of a screen and, for screens that change bookings, the desk's {@link UndoHistory}: what was done
 * is posted and kept, and Ctrl+Z or the Undo list take it back at any time.
 */
public final class NoticeBoard {

    private final ReadOnlyObjectWrapper<Notice> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final UndoHistory history;

    /** A board for a screen that takes nothing back. */
    public NoticeBoard() {
        this(null);
    }

    /** A board whose undoable notices go to {@code history} (shared by the screens that change bookings). */
    public NoticeBoard(UndoHistory history) {
        this.history = history;
    }

    public void post(Notice notice) {
        current.set(notice);
    }

    /** Says what was done and keeps it in the history, so that it can be taken back. */
    public void done(String text, UndoStep.Undo undo) {
        if (history != null) {
            history.record(new UndoStep(text, undo));
        }
        post(Notice.info(text));
    }

    /** Takes back the newest step of the history; the notice says what was undone, or why it could not be. */
    public void undo() {
        if (history != null) {
            history.undoLast(this::post);
        }
    }

    /** Takes back the steps from the newest down to {@code oldest}. */
    public void undoTo(UndoStep oldest) {
        if (history != null) {
            history.undoTo(oldest, this::post);
        }
    }

    public void dismiss() {
        current.set(null);
    }

    /** The notice shown now, or null. */
    public ReadOnlyObjectProperty<Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The undo history, or null when this screen takes nothing back. */
    public UndoHistory history() {
        return history;
    }
}
