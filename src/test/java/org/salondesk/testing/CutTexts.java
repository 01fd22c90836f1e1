package org.salondesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import org.salondesk.ui.common.HoverText;

/**
 * What a window shows cut: a label, button, tick box, tab or column header (any {@link Labeled}) whose skin shows
 * less than its text (an ellipsis), tabs that do not all fit their bar, and controls pushed out of the window. A text
 * whose whole is in the tooltip of it or of a node around it (a short booking's card) is not cut. Looked at on the FX
 * thread, after layout.
 */
public final class CutTexts {

    // Where Tooltip.install keeps a node's tooltip.
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    private CutTexts() {
    }

    /** Each cut text under {@code root}, described for an assertion message; empty when everything shows whole. */
    public static List<String> under(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        visit(root, root, cut);
        return cut;
    }

    private static void visit(Parent root, Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(root, labeled, cut);
        }
        if (node instanceof TabPane tabs) {
            tabs.lookupAll(".tab-down-button").stream().filter(CutTexts::showing).findFirst().ifPresent(button ->
                    cut.add("tabs that do not fit: " + tabs.getTabs().stream().map(tab -> tab.getText()).toList()
                            + " in " + path(tabs)));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(root, child, cut);
            }
        }
    }

    private static void check(Parent root, Labeled labeled, List<String> cut) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || inTooltip(labeled, text)) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text") && child.isVisible()
                    && !sameText(shown.getText(), text, labeled.isMnemonicParsing())) {
                cut.add("\"" + text + "\" shows as \"" + shown.getText() + "\" (" + path(labeled) + ")");
                return;
            }
        }
        if (!insideScrolling(labeled)) {
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            double width = root.getScene() == null ? Double.MAX_VALUE : root.getScene().getWidth();
            if (bounds.getMaxX() > width + 1 && bounds.getWidth() > 0) {
                cut.add("\"" + text + "\" lies outside the window at x " + Math.round(bounds.getMinX()) + "–"
                        + Math.round(bounds.getMaxX()) + " of " + Math.round(width) + " (" + path(labeled) + ")");
            }
        }
    }

    /** A text whose whole is one hover away: the tooltip of it or of a node around it has every word of it. */
    private static boolean inTooltip(Node node, String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(TOOLTIP_KEY) instanceof Tooltip tooltip && tooltip.getText() != null
                    && words.stream().allMatch(tooltip.getText()::contains)) {
                return true;
            }
            if (at.getProperties().get(HoverText.KEY) instanceof Supplier<?> hover
                    && hover.get() instanceof String later && words.stream().allMatch(later::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameText(String shown, String text, boolean mnemonics) {
        String whole = mnemonics ? text.replaceFirst("_(?=.)", "") : text;
        return shown.equals(whole) || shown.replaceAll("\\s+", " ").strip().equals(whole.replaceAll("\\s+", " ")
                .strip());
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getLayoutBounds().getWidth() > 0;
    }

    private static boolean insideScrolling(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane || at.getStyleClass().contains("virtual-flow")
                    || at.getStyleClass().contains("column-header-background")) {
                return true;
            }
        }
        return false;
    }

    /** Where a node is, by the ids and classes of it and its ancestors, for the failure message. */
    private static String path(Node node) {
        List<String> steps = new ArrayList<>();
        for (Node at = node; at != null && steps.size() < 6; at = at.getParent()) {
            String id = at.getId();
            steps.add(0, id != null ? "#" + id : at.getClass().getSimpleName());
        }
        return String.join(" > ", steps);
    }
}
