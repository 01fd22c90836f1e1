package org.salondesk.ui.signin;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Languages.Language;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;

/** The sign-in form in the middle of the window; Enter signs in. */
public final class SignInView extends StackPane {

    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();

    public SignInView(SignInViewModel viewModel) {
        setId("sign-in");
        Label title = new Label(Messages.get("signIn.title"));
        title.getStyleClass().add("first-run-title");

        login.setId("sign-in-login");
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        password.setId("sign-in-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        ComboBox<Language> language = new ComboBox<>();
        language.setId("sign-in-language");
        language.getItems().setAll(viewModel.languages());
        language.setConverter(Converters.of(Language::name));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        FormGrid grid = new FormGrid()
                .row(Messages.get("signIn.login"), login)
                .row(Messages.get("signIn.password"), password)
                .row(Messages.get("signIn.language"), language);
        Label languageNote = new Label();
        languageNote.setId("sign-in-language-note");
        languageNote.setWrapText(true);
        languageNote.textProperty().bind(viewModel.languageNoteProperty());
        languageNote.visibleProperty().bind(viewModel.languageNoteProperty().isNotEmpty());
        languageNote.managedProperty().bind(languageNote.visibleProperty());

        Button signIn = new Button(Messages.get("signIn.button"));
        signIn.setId("sign-in-button");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(viewModel.readyProperty().not());
        signIn.setOnAction(event -> viewModel.signIn());
        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(18, 18);
        checking.visibleProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(10, signIn, checking);
        actions.setAlignment(Pos.CENTER_LEFT);
        ErrorBanner error = new ErrorBanner("sign-in-error", viewModel.errorProperty());
        error.setWrapText(true);

        VBox form = new VBox(14, title, grid, languageNote, actions, error);
        form.setPadding(new Insets(24));
        form.setMaxWidth(420);
        form.setMaxHeight(USE_PREF_SIZE);
        form.getStyleClass().add("sign-in-form");
        getChildren().add(form);
        // The password is typed when a login is remembered on this PC, else the login.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusFirstEmpty);
            }
        });
    }

    /** Puts the caret where the user types next (after the window was locked, or another user is to sign in). */
    public void focusFirstEmpty() {
        (login.getText().isBlank() ? login : password).requestFocus();
    }
}
