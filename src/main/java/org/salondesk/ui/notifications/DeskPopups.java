package org.salondesk.ui.notifications;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;

/** A desktop notification in the corner of the desk's window: a title, a text, and what a click on it does. */
final class DeskPopups {

    private static final Duration SHOWN_FOR = Duration.seconds(10);

    private DeskPopups() {
    }

    /**
     * Pops up over the window of {@code anchor}; nothing while it shows in no window, nor while the desk is locked:
     * no client's name shows over the sign-in form (the counts and the bell still say that something came).
     */
    static void show(Node anchor, String title, String text, Runnable onClick) {
        if (anchor.getScene() == null || anchor.getScene().getWindow() == null
                || !anchor.getScene().getWindow().isShowing()) {
            return;
        }
        Node lock = anchor.getScene().lookup("#desk-lock");
        if (lock != null && lock.isVisible()) {
            return;
        }
        Notifications.create().owner(anchor.getScene().getWindow()).title(title).text(text)
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR).onAction(event -> onClick.run()).showInformation();
    }
}
