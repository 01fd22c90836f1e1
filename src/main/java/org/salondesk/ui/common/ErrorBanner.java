package org.salondesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A screen's refusal in words, across its top; it takes no room while there is nothing to say. */
public final class ErrorBanner extends Label {

    public ErrorBanner(String id, ObservableStringValue error) {
        setId(id);
        getStyleClass().add("error-banner");
        textProperty().bind(error);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
    }
}
