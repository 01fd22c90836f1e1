package org.salondesk.ui.signin;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;

/** The first admin's form, in place of the sign-in form while nobody can sign in; Enter makes her. */
public final class FirstAdminView extends StackPane {

    public FirstAdminView(FirstAdminViewModel viewModel) {
        setId("first-admin");
        Label title = new Label(Messages.get("firstAdmin.title"));
        title.getStyleClass().add("first-run-title");
        Label help = new Label(Messages.get("firstAdmin.help"));
        help.setWrapText(true);
        TextField login = new TextField();
        login.setId("first-admin-login");
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        TextField name = new TextField();
        name.setId("first-admin-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        PasswordField password = new PasswordField();
        password.setId("first-admin-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("first-admin-repeat");
        repeat.textProperty().bindBidirectional(viewModel.repeatProperty());
        FormGrid grid = new FormGrid()
                .row(Messages.get("firstAdmin.login"), login)
                .row(Messages.get("firstAdmin.name"), name)
                .row(Messages.get("firstAdmin.password"), password)
                .row(Messages.get("firstAdmin.repeat"), repeat);
        Button make = new Button(Messages.get("firstAdmin.create"));
        make.setId("first-admin-create");
        make.setDefaultButton(true);
        make.disableProperty().bind(viewModel.readyProperty().not());
        make.setOnAction(event -> viewModel.make());
        ErrorBanner error = new ErrorBanner("first-admin-error", viewModel.errorProperty());
        error.setWrapText(true);
        VBox form = new VBox(14, title, help, grid, make, error);
        form.setPadding(new Insets(24));
        form.setMaxWidth(520);
        form.setMaxHeight(USE_PREF_SIZE);
        form.getStyleClass().add("sign-in-form");
        getChildren().add(form);
    }
}
