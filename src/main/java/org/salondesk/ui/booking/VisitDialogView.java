package org.salondesk.ui.booking;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.salondesk.availability.VisitPlanner;
import org.salondesk.booking.VisitBooked;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.Choice;

/** The visit dialog: steps with their services and masters, the date, the starts found, the client, Book. */
public final class VisitDialogView extends Dialog<VisitBooked> {

    public VisitDialogView(VisitDialogViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle(Messages.get("visit.title"));
        setResizable(true);
        getDialogPane().setId("visit-dialog");

        GridPane steps = new GridPane();
        steps.setHgap(8);
        steps.setVgap(6);
        for (int i = 0; i < viewModel.steps().size(); i++) {
            VisitDialogViewModel.StepForm step = viewModel.steps().get(i);
            ComboBox<Choice<Long>> service = BoundFields.combo("visit-service-" + i, viewModel.services(),
                    step.serviceProperty());
            ComboBox<Choice<Long>> master = BoundFields.combo("visit-master-" + i, viewModel.masters(),
                    step.masterProperty());
            steps.addRow(i, new Label(Messages.get("visit.step.label", i + 1)), service, master);
        }
        CheckBox parallel = new CheckBox(Messages.get("visit.parallel"));
        parallel.setId("visit-parallel");
        parallel.selectedProperty().bindBidirectional(viewModel.parallelProperty());
        DatePicker date = new DatePicker();
        date.setId("visit-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        Button find = new Button(Messages.get("visit.find"));
        find.setId("visit-find");
        find.setDefaultButton(false);
        find.setOnAction(event -> viewModel.findTimes());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());

        ListView<Choice<VisitPlanner.VisitOffer>> offers = new ListView<>(viewModel.offers());
        offers.setId("visit-offers");
        offers.setPrefHeight(200);
        offers.setPrefWidth(640);
        // A start with every step on a line of its own: who does what is never cut off.
        offers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Choice<VisitPlanner.VisitOffer> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label().replace(" · ", "\n    "));
            }
        });
        offers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.chosenProperty().set(now);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, now) -> {
            if (now != null && offers.getSelectionModel().getSelectedItem() != now) {
                offers.getSelectionModel().select(now);
            }
        });

        TextField phone = BoundFields.text("visit-phone", viewModel.client().phoneProperty());
        phone.setPromptText(Messages.get("dialog.phone"));
        phone.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.client().phoneLeft();
            }
        });
        TextField name = BoundFields.text("visit-name", viewModel.client().nameProperty());
        name.setPromptText(Messages.get("dialog.name"));
        Label clientText = new Label();
        clientText.textProperty().bind(viewModel.client().textProperty());
        Label error = new Label();
        error.setId("visit-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());

        VBox content = new VBox(10, steps, new HBox(10, parallel, date, find, status), offers,
                new HBox(10, phone, name, clientText), error);
        getDialogPane().setContent(content);

        ButtonType book = new ButtonType(Messages.get("visit.book"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(book, close);
        Button bookButton = (Button) getDialogPane().lookupButton(book);
        bookButton.setId("visit-book");
        bookButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.book();
        });
        setResultConverter(button -> null);
        viewModel.bookedProperty().addListener((obs, old, visit) -> {
            if (visit != null) {
                setResult(visit);
                close();
            }
        });
    }
}
