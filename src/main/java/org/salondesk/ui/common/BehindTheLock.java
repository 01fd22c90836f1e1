package org.salondesk.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Marks a dialog whose unsaved work the desk keeps when it locks: hidden behind the lock and shown again when the same
 * user signs in (a booking half made, conflicts half decided, an import running). Other dialogs are closed (cancelled)
 * when the desk locks.
 */
public final class BehindTheLock {

    private static final String KEPT = "salondesk.keptBehindTheLock";

    private BehindTheLock() {
    }

    public static void keep(Dialog<?> dialog) {
        dialog.getDialogPane().getProperties().put(KEPT, Boolean.TRUE);
    }

    public static boolean kept(Window window) {
        return window.getScene() != null && Boolean.TRUE.equals(window.getScene().getRoot().getProperties().get(KEPT));
    }
}
