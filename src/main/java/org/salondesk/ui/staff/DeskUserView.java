package org.salondesk.ui.staff;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Choice;

/** The status bar's "At the desk: …" chooser; it stands out while nobody is chosen. */
public final class DeskUserView extends HBox {

    public DeskUserView(DeskUserViewModel viewModel) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<Choice<Long>> users = new ComboBox<>(viewModel.users());
        users.setId("desk-user");
        users.setPromptText(Messages.get("staff.choose"));
        users.valueProperty().bindBidirectional(viewModel.chosenProperty());
        viewModel.needsChoiceProperty().addListener((obs, old, needs) -> mark(users, needs));
        mark(users, viewModel.needsChoiceProperty().get());
        getChildren().addAll(new Label(Messages.get("staff.atTheDesk")), users);
    }

    private static void mark(ComboBox<?> users, boolean needsChoice) {
        users.getStyleClass().remove("needs-choice");
        if (needsChoice) {
            users.getStyleClass().add("needs-choice");
        }
    }
}
