package org.salondesk.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;

/** A text field with a test id, bound both ways to a ViewModel's text. */
public final class BoundFields {

    private BoundFields() {
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
