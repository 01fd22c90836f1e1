package org.salondesk.ui.common;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A form of labelled fields: the labels keep their width, the fields take what is left. */
public final class FormGrid extends GridPane {

    public FormGrid() {
        setHgap(8);
        setVgap(8);
        getColumnConstraints().addAll(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE,
                Region.USE_PREF_SIZE), new ColumnConstraints(120, 260, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT,
                true));
    }

    /** Adds a row: the label's text, then the field. */
    public FormGrid row(String label, Node field) {
        addRow(getRowCount(), new Label(label), field);
        return this;
    }
}
