package org.salondesk.app;

import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.salondesk.ui.common.BehindTheLock;

/**
 * The window's dialogs when the desk locks: nothing stays open above the sign-in form. A dialog marked as kept
 * ({@link BehindTheLock}) is hidden with its unsaved work and shown again when the same user signs in; for anyone else
 * it is closed as Cancel would close it, so that nobody sees another's form. Other dialogs are closed at once.
 */
final class DialogsBehindLock {

    private final List<Stage> hidden = new ArrayList<>();

    /** The desk locked over {@code main}: its dialogs go. */
    void locked(Window main) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage stage && stage != main && stage.isShowing() && ownedBy(stage, main)) {
                if (BehindTheLock.kept(stage)) {
                    hidden.add(stage);
                    stage.hide();
                } else {
                    close(stage);
                }
            }
        }
    }

    /** Someone signed in: the kept dialogs come back if it is the user they were kept for, else they close. */
    void opened(boolean sameUser) {
        List<Stage> kept = List.copyOf(hidden);
        hidden.clear();
        for (Stage stage : kept) {
            if (sameUser) {
                stage.show();
            } else {
                close(stage);
            }
        }
    }

    private static boolean ownedBy(Stage stage, Window main) {
        for (Window owner = stage.getOwner(); owner != null;
             owner = owner instanceof Stage ownerStage ? ownerStage.getOwner() : null) {
            if (owner == main) {
                return true;
            }
        }
        return false;
    }

    /** Closes as the window's close button does: a dialog cancels (and lets go of what it holds). */
    private static void close(Stage stage) {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        if (stage.isShowing()) {
            stage.hide();
        }
    }
}
