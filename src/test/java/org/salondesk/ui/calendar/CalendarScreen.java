package org.salondesk.ui.calendar;

import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.salondesk.testing.DeskWindow;
import org.testfx.util.WaitForAsyncUtils;

/** What the calendar window tests look at: the window's size, and whether a part of the screen can be seen. */
final class CalendarScreen {

    private final DeskWindow window;

    CalendarScreen(DeskWindow window) {
        this.window = window;
    }

    /** Gives the main window this outer size and waits until the screen has been laid out again. */
    void resize(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = (Stage) window.robot().lookup("#calendar-resources").query().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        window.waitUntil(() -> {
            Scene scene = window.robot().lookup("#calendar-resources").query().getScene();
            return scene.getWindow().getWidth() == width && scene.getRoot().getLayoutBounds().getWidth()
                    == scene.getWidth();
        });
    }

    /** Whether the node is on screen: in the scene, it and all its parents visible. */
    boolean isShown(String query) {
        return node(query).map(CalendarScreen::treeVisible).orElse(false);
    }

    /** Whether the node is shown and wholly inside the window (not pushed out of it, not cut by its edge). */
    boolean isInsideWindow(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node(query).filter(CalendarScreen::treeVisible).map(node -> {
            Scene scene = node.getScene();
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            return bounds.getWidth() > 0 && bounds.getHeight() > 0 && bounds.getMinX() >= -0.5
                    && bounds.getMinY() >= -0.5 && bounds.getMaxX() <= scene.getWidth() + 0.5
                    && bounds.getMaxY() <= scene.getHeight() + 0.5;
        }).orElse(false)).get();
    }

    private Optional<Node> node(String query) {
        return window.robot().lookup(query).tryQuery();
    }

    static boolean treeVisible(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
