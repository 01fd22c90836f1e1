package org.salondesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import org.salondesk.i18n.Messages;

/** Shows a screen's latest notice at the bottom, with Undo when the action can be taken back; fades after a while. */
public final class NoticeBar extends HBox {

    private static final Duration SHOWN_FOR = Duration.seconds(12);

    private final Label text = new Label();
    private final Button undo = new Button(Messages.get("notice.undo"));
    private final PauseTransition hide = new PauseTransition(SHOWN_FOR);

    public NoticeBar(NoticeBoard board) {
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        text.setId("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        undo.setId("notice-undo");
        undo.setOnAction(event -> board.undo());
        Button close = new Button("✕");
        close.setOnAction(event -> board.dismiss());
        getChildren().addAll(text, undo, close);
        hide.setOnFinished(event -> board.dismiss());
        board.currentProperty().addListener((obs, old, notice) -> show(notice));
        show(board.currentProperty().get());
    }

    private void show(Notice notice) {
        setVisible(notice != null);
        setManaged(notice != null);
        hide.stop();
        if (notice == null) {
            return;
        }
        text.setText(notice.text());
        undo.setVisible(notice.canUndo());
        undo.setManaged(notice.canUndo());
        getStyleClass().remove("error");
        if (notice.error()) {
            getStyleClass().add("error");
        }
        hide.playFromStart();
    }
}
