package org.salondesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.TextColumns;

/**
 * The Online booking tab of Settings: the booking server (on or off, port, lease minutes, its state and the booking
 * page of each branch), then its API keys: the table, a new key made from a name, the chosen one revoked.
 */
public final class OnlineBookingView extends BorderPane {

    private final ApiKeysViewModel keys;

    public OnlineBookingView(OnlineBookingViewModel server, ApiKeysViewModel keys) {
        this.keys = keys;
        setId("online-booking");
        CheckBox enabled = new CheckBox(Messages.get("settings.online.enabled"));
        enabled.setId("online-enabled");
        enabled.selectedProperty().bindBidirectional(server.enabledProperty());
        ListView<String> links = new ListView<>(server.links());
        links.setId("online-links");
        links.setPrefHeight(72);
        Label status = new Label();
        status.setId("online-status");
        status.textProperty().bind(server.statusProperty());
        FormGrid grid = new FormGrid().row(Messages.get("settings.online.enabledLabel"), enabled)
                .row(Messages.get("settings.online.port"), BoundFields.number("online-port", server.port()))
                .row(Messages.get("settings.online.lease"),
                        BoundFields.number("online-lease", server.leaseMinutes()))
                .row(Messages.get("settings.online.link"), links);
        Button save = new Button(Messages.get("settings.online.save"));
        save.setId("online-save");
        save.setOnAction(event -> server.save());
        Label help = new Label(Messages.get("settings.online.help"));
        help.setWrapText(true);
        VBox form = new VBox(12, help, grid, new HBox(12, save, status), keysPart());
        form.setPadding(new Insets(12));
        form.setMaxWidth(920);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(new NoticeBar(server.notices(), new ErrorBanner("online-error", Bindings.createStringBinding(
                () -> server.errorProperty().get().isEmpty() ? keys.errorProperty().get()
                        : server.errorProperty().get(), server.errorProperty(), keys.errorProperty()))));
        keys.newKeyProperty().addListener((obs, old, made) -> {
            if (made != null) {
                NewApiKeyDialog.show(this, made, server.pageLinks(made.key()), keys::newKeyShown);
            }
        });
    }

    private VBox keysPart() {
        TableView<ApiKeyLine> table = new TableView<>(keys.lines());
        table.setId("api-keys");
        table.setPrefHeight(220);
        table.getColumns().add(TextColumns.of("settings.online.column.name", 170, ApiKeyLine::name));
        table.getColumns().add(TextColumns.of("settings.online.column.trusted", 120, ApiKeyLine::trusted));
        table.getColumns().add(TextColumns.of("settings.online.column.created", 130, ApiKeyLine::created));
        table.getColumns().add(TextColumns.of("settings.online.column.lastUsed", 170, ApiKeyLine::lastUsed));
        table.getColumns().add(TextColumns.of("settings.online.column.today", 170, ApiKeyLine::requestsToday));
        table.getColumns().add(TextColumns.of("settings.online.column.state", 100, ApiKeyLine::state));
        keys.chosenProperty().bind(table.getSelectionModel().selectedItemProperty());
        CheckBox trusted = new CheckBox(Messages.get("settings.online.trusted"));
        trusted.setId("api-key-trusted");
        trusted.selectedProperty().bindBidirectional(keys.trustedProperty());
        Button create = new Button(Messages.get("settings.online.create"));
        create.setId("api-key-create");
        create.setOnAction(event -> keys.create());
        Button revoke = new Button(Messages.get("settings.online.revoke"));
        revoke.setId("api-key-revoke");
        revoke.disableProperty().bind(Bindings.createBooleanBinding(() -> keys.chosenProperty().get() == null
                || keys.chosenProperty().get().revoked(), keys.chosenProperty()));
        revoke.setOnAction(event -> askToRevoke());
        HBox make = new HBox(8, new Label(Messages.get("settings.online.keyName")),
                BoundFields.text("api-key-name", keys.name()), trusted, create);
        make.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.get("settings.online.keys"));
        title.getStyleClass().add("section-title");
        return new VBox(8, title, table, new HBox(8, revoke), make);
    }

    private void askToRevoke() {
        String question = keys.revokeQuestion();
        if (question == null) {
            return;
        }
        ButtonType yes = new ButtonType(Messages.get("settings.online.revoke"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("settings.online.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText(null);
        ask.getDialogPane().setId("api-key-revoke-question");
        ask.getDialogPane().lookupButton(yes).setId("api-key-revoke-yes");
        ask.getDialogPane().lookupButton(no).setId("api-key-revoke-no");
        ask.setOnHidden(event -> {
            if (ask.getResult() == yes) {
                keys.revokeChosen();
            }
        });
        ask.show();
    }
}
