package org.salondesk.ui.booking;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.TimeFields;

/**
 * The booking card's part for a booking of a repeating visit or of a visit with several masters; it takes no room for
 * a booking that is neither. Cancelling the series uses the card's reason for cancelling.
 */
final class LinkedBookingsView extends VBox {

    LinkedBookingsView(LinkedBookingsViewModel viewModel) {
        super(6);
        setId("details-linked");
        Button cancelFromHere = new Button(Messages.get("details.series.cancelFromHere"));
        cancelFromHere.setId("details-series-cancel");
        cancelFromHere.getStyleClass().add("danger");
        cancelFromHere.setOnAction(event -> viewModel.cancelSeriesFromHere());
        Button moveFromHere = new Button(Messages.get("details.series.moveFromHere"));
        moveFromHere.setId("details-series-move");
        moveFromHere.setOnAction(event -> viewModel.moveSeriesFromHere());
        TextField time = TimeFields.of("details-series-time", viewModel.seriesTimeProperty());
        time.setPrefColumnCount(5);
        VBox series = new VBox(4, new Label(Messages.get("details.series.title")), cancelFromHere,
                new FlowPane(6, 4, moveFromHere, time));
        showOnlyWhen(series, viewModel.inSeriesBinding());

        Button split = new Button(Messages.get("details.visit.splitOff"));
        split.setId("details-visit-split");
        split.setOnAction(event -> viewModel.splitFromVisit());
        VBox visit = new VBox(4, new Label(Messages.get("details.visit.title")), split);
        showOnlyWhen(visit, viewModel.inVisitBinding());

        Label done = new Label();
        done.setId("details-linked-done");
        done.setWrapText(true);
        done.textProperty().bind(viewModel.doneProperty());
        done.visibleProperty().bind(viewModel.doneProperty().isNotEmpty());
        done.managedProperty().bind(done.visibleProperty());
        getChildren().addAll(series, visit, done);
        visibleProperty().bind(viewModel.inSeriesBinding().or(viewModel.inVisitBinding())
                .or(viewModel.doneProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    private static void showOnlyWhen(VBox part, javafx.beans.binding.BooleanBinding when) {
        part.visibleProperty().bind(when);
        part.managedProperty().bind(when);
    }
}
