package org.salondesk.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status bar's line about the database server: red while the connection is lost, then "back" for a moment. */
public final class ConnectionView extends Label {

    public ConnectionView(ConnectionViewModel viewModel) {
        setId("status-connection");
        getStyleClass().add("status-connection");
        textProperty().bind(viewModel.textProperty());
        visibleProperty().bind(viewModel.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(viewModel.detailsProperty());
        setTooltip(whole);
        viewModel.lostProperty().addListener((obs, old, lost) -> {
            if (lost) {
                getStyleClass().remove("back");
            } else {
                getStyleClass().add("back");
            }
        });
        setOnMouseClicked(event -> viewModel.dismiss());
    }
}
