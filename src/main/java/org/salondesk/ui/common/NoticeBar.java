package org.salondesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.salondesk.i18n.Messages;

/**
 * A screen's message line at the bottom: the latest notice (it fades after a while), the screen's standing error, and
 * for screens that change bookings the Undo button with the list of what can be taken back (Ctrl+Z too). The line
 * keeps its height whether it says something or not, so nothing above it moves when a notice comes and goes.
 */
public final class NoticeBar extends HBox {

    private static final Duration SHOWN_FOR = Duration.seconds(12);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final NoticeBoard board;
    private final ErrorBanner error;
    private final Label text = new Label();
    private final Button close = new Button("✕");
    private final PauseTransition hide = new PauseTransition(SHOWN_FOR);
    // A notice posted after the error stood up is shown over it until it fades.
    private boolean noticeNewer;

    public NoticeBar(NoticeBoard board) {
        this(board, null);
    }

    /** A message line that also shows the screen's standing error ({@code error}, taken over from its own binding). */
    public NoticeBar(NoticeBoard board, ErrorBanner error) {
        this.board = board;
        this.error = error;
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(Region.USE_PREF_SIZE);
        text.setId("notice-text");
        text.setWrapText(false);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMaxWidth(Double.MAX_VALUE);
        // The whole text on hover, for a notice longer than the line.
        text.textProperty().addListener((obs, old, now) -> text.setTooltip(now.isEmpty() ? null : new Tooltip(now)));
        StackPane messages = new StackPane(text);
        messages.setAlignment(Pos.CENTER_LEFT);
        messages.setMinWidth(0);
        HBox.setHgrow(messages, Priority.ALWAYS);
        if (error != null) {
            error.visibleProperty().unbind();
            error.setMaxWidth(Double.MAX_VALUE);
            messages.getChildren().add(error);
            error.textProperty().addListener((obs, old, now) -> {
                noticeNewer = false;
                refresh();
            });
        }
        close.setId("notice-close");
        close.setOnAction(event -> board.dismiss());
        close.setFocusTraversable(false);
        getChildren().addAll(messages, close);
        if (board.history() != null) {
            getChildren().add(undoButton(board.history()));
            installShortcut();
        }
        hide.setOnFinished(event -> board.dismiss());
        board.currentProperty().addListener((obs, old, notice) -> {
            noticeNewer = notice != null;
            hide.stop();
            if (notice != null) {
                hide.playFromStart();
            }
            refresh();
        });
        refresh();
    }

    private SplitMenuButton undoButton(UndoHistory history) {
        SplitMenuButton undo = new SplitMenuButton();
        undo.setId("notice-undo");
        undo.setText(Messages.get("notice.undo"));
        undo.setFocusTraversable(false);
        undo.disableProperty().bind(history.canUndoBinding().not());
        undo.setOnAction(event -> board.undo());
        Tooltip tip = new Tooltip();
        undo.setTooltip(tip);
        Runnable list = () -> {
            undo.getItems().setAll(history.steps().stream().map(step -> {
                MenuItem item = new MenuItem(step.text());
                item.setOnAction(event -> board.undoTo(step));
                return item;
            }).toList());
            tip.setText(history.steps().isEmpty() ? Messages.get("notice.undoNothing")
                    : Messages.get("notice.undoLast", history.steps().get(0).text()));
        };
        history.steps().addListener((ListChangeListener<UndoStep>) change -> list.run());
        list.run();
        return undo;
    }

    // Ctrl+Z takes the newest step back on any screen with this line, unless a text field wants it for its own undo.
    private void installShortcut() {
        EventHandler<KeyEvent> shortcut = event -> {
            if (UNDO.match(event) && !(event.getTarget() instanceof TextInputControl)
                    && !(event.getTarget() instanceof ComboBoxBase<?> box && box.isEditable())) {
                event.consume();
                board.undo();
            }
        };
        ChangeListener<Scene> follow = (obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, shortcut);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, shortcut);
            }
        };
        sceneProperty().addListener(follow);
        follow.changed(sceneProperty(), null, getScene());
    }

    private void refresh() {
        Notice notice = board.currentProperty().get();
        boolean errorStands = error != null && !error.getText().isEmpty();
        boolean showNotice = notice != null && (!errorStands || noticeNewer);
        text.setText(showNotice ? notice.text() : "");
        text.setVisible(showNotice);
        close.setVisible(showNotice);
        if (error != null) {
            error.setVisible(errorStands && !showNotice);
        }
        getStyleClass().removeAll("showing", "error");
        if (showNotice) {
            getStyleClass().add(notice.error() ? "error" : "showing");
        }
    }
}
