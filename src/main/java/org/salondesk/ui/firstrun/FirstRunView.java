package org.salondesk.ui.firstrun;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TimeFields;
import org.salondesk.ui.common.ZonePicker;

/** The first-run form, in the middle of the window while the database is empty. */
public final class FirstRunView extends StackPane {

    public FirstRunView(FirstRunViewModel viewModel) {
        setId("first-run");
        getStyleClass().add("first-run");
        Label title = new Label(Messages.get("firstRun.title"));
        title.getStyleClass().add("first-run-title");
        Label help = new Label(Messages.get("firstRun.help"));
        help.setWrapText(true);

        TextField opens = TimeFields.of("first-run-opens", viewModel.opensProperty());
        TextField closes = TimeFields.of("first-run-closes", viewModel.closesProperty());
        ProblemMarks.bind(closes, viewModel.hoursProblem());
        HBox hours = new HBox(6, opens, new Label("–"), closes);
        hours.setAlignment(Pos.CENTER_LEFT);
        TextField name = BoundFields.text("first-run-name", viewModel.name());
        FormGrid grid = new FormGrid()
                .row(Messages.get("firstRun.name"), name)
                .row(Messages.get("firstRun.address"), BoundFields.text("first-run-address", viewModel.address()))
                .row(Messages.get("firstRun.timeZone"), ZonePicker.of("first-run-time-zone", viewModel.zones(),
                        viewModel.timeZoneProperty(), viewModel.zoneProblem()))
                .row(Messages.get("firstRun.slotInterval"), BoundFields.number("first-run-slot-interval",
                        viewModel.slotInterval()))
                .row(Messages.get("firstRun.hours"), hours);

        Button create = new Button(Messages.get("firstRun.create"));
        create.setId("first-run-create");
        create.setDefaultButton(true);
        create.disableProperty().bind(viewModel.markedProperty().or(viewModel.busyProperty()));
        create.setOnAction(event -> viewModel.create());
        ErrorBanner error = new ErrorBanner("first-run-error", viewModel.errorProperty());
        error.setWrapText(true);

        VBox form = new VBox(14, title, help, grid, create, error);
        form.setPadding(new Insets(24));
        form.setMaxWidth(640);
        form.getStyleClass().add("first-run-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        StackPane.setAlignment(scroll, Pos.TOP_CENTER);
        scroll.setMaxWidth(680);
        getChildren().add(scroll);
        // The name is typed first; the field can take the focus once it is in the window.
        name.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(name::requestFocus);
            }
        });
    }
}
