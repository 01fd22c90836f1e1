package org.salondesk.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;

/** The status bar's "signed in as …" and its Switch user button (Ctrl+L does the same). */
public final class SignedInView extends HBox {

    public SignedInView(DeskSession session) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        Label who = new Label();
        who.setId("signed-in-user");
        who.textProperty().bind(Bindings.createStringBinding(() -> describe(session.userProperty().get()),
                session.userProperty()));
        Button switchUser = new Button(Messages.get("signIn.switchUser"));
        switchUser.setId("switch-user");
        switchUser.setMinWidth(USE_PREF_SIZE);
        switchUser.setOnAction(event -> session.switchUser());
        switchUser.disableProperty().bind(session.lock().lockedProperty());
        getChildren().addAll(who, switchUser);
    }

    private static String describe(StaffRow user) {
        return user == null ? "" : Messages.get("signIn.signedInAs", user.displayName(),
                Messages.get("staff.role." + user.role().name()));
    }
}
