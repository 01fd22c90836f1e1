package org.salondesk.ui.common;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Copies with the system clipboard and opens links through the desktop (JavaFX host services). */
public final class FxDesktopActions implements DesktopActions {

    private final HostServices host;

    public FxDesktopActions(HostServices host) {
        this.host = host;
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void open(String uri) {
        host.showDocument(uri);
    }
}
