package org.salondesk.ui.staff;

import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Choice;

/**
 * The status bar's "At the desk: …" chooser; it stands out while nobody is chosen. On the first start on a PC it asks
 * who is at the desk.
 */
public final class DeskUserView extends HBox {

    private final DeskUserViewModel viewModel;

    public DeskUserView(DeskUserViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<Choice<Long>> users = new ComboBox<>(viewModel.users());
        users.setId("desk-user");
        users.setPromptText(Messages.get("staff.choose"));
        users.valueProperty().bindBidirectional(viewModel.chosenProperty());
        viewModel.needsChoiceProperty().addListener((obs, old, needs) -> mark(users, needs));
        mark(users, viewModel.needsChoiceProperty().get());
        getChildren().addAll(new Label(Messages.get("staff.atTheDesk")), users);
        viewModel.askingProperty().addListener((obs, old, asking) -> {
            if (asking && getScene() != null) {
                ask();
            }
        });
    }

    private static void mark(ComboBox<?> users, boolean needsChoice) {
        users.getStyleClass().remove("needs-choice");
        if (needsChoice) {
            users.getStyleClass().add("needs-choice");
        }
    }

    /** Who is at the desk: a list of the staff, "That's me" or "Later" (then the status bar keeps asking). */
    private void ask() {
        ListView<Choice<Long>> people = new ListView<>(viewModel.users());
        people.setId("desk-user-question-list");
        people.setPrefHeight(Math.min(8, Math.max(3, viewModel.users().size())) * 26 + 4);
        Label text = new Label(Messages.get("staff.question.text"));
        text.setWrapText(true);
        text.setMaxWidth(380);
        ButtonType me = new ButtonType(Messages.get("staff.question.me"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("staff.question.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Choice<Long>> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(Messages.get("staff.choose"));
        dialog.getDialogPane().setId("desk-user-question");
        dialog.getDialogPane().setContent(new VBox(10, text, people));
        dialog.getDialogPane().getButtonTypes().setAll(me, later);
        dialog.getDialogPane().lookupButton(me).setId("desk-user-question-me");
        dialog.getDialogPane().lookupButton(me).disableProperty()
                .bind(people.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().lookupButton(later).setId("desk-user-question-later");
        dialog.setResultConverter(button -> button == me ? people.getSelectionModel().getSelectedItem() : null);
        people.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && people.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(people.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setOnHidden(event -> viewModel.answer(dialog.getResult()));
        dialog.show();
        people.requestFocus();
    }
}
