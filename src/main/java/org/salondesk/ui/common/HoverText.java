package org.salondesk.ui.common;

import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A tooltip made when the pointer first comes over its node. A screen with many of them (a day's booking cards)
 * would otherwise build, style and fill every one with its first layout, which the desk waits for.
 */
public final class HoverText {

    /** Where the node keeps what its tooltip will say (read by checks that look for text one hover away). */
    public static final String KEY = "salondesk.hoverText";

    private HoverText() {
    }

    public static void install(Node node, Supplier<String> text, Duration showDelay, Duration showDuration) {
        node.getProperties().put(KEY, text);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip(text.get());
                tooltip.setShowDelay(showDelay);
                tooltip.setShowDuration(showDuration);
                Tooltip.install(node, tooltip);
            }
        });
    }
}
