package org.salondesk.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The latest notice of a screen, and the one undo it offers (Ctrl+Z or the Undo button). Posting a new notice
 * replaces the old one, and with it the chance to undo the older action.
 */
public final class NoticeBoard {

    private final ReadOnlyObjectWrapper<Notice> current = new ReadOnlyObjectWrapper<>(this, "current");

    public void post(Notice notice) {
        current.set(notice);
    }

    /** Takes back the action of the current notice, if it can be taken back. */
    public void undo() {
        Notice notice = current.get();
        if (notice != null && notice.canUndo()) {
            current.set(null);
            notice.undo().run();
        }
    }

    public void dismiss() {
        current.set(null);
    }

    /** The notice shown now, or null. */
    public ReadOnlyObjectProperty<Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
