package org.salondesk.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

import org.salondesk.i18n.Messages;

/** Read-only table columns of text worked out from each row. */
public final class TextColumns {

    private static final String WRAPS = "salondesk.wraps";

    private TextColumns() {
    }

    public static <R> TableColumn<R, String> of(String titleKey, double width, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    /** A column of long free text (a task's words): it wraps onto more lines instead of being cut. */
    public static <R> TableColumn<R, String> wrapping(String titleKey, double width, Function<R, String> text) {
        TableColumn<R, String> column = of(titleKey, width, text);
        column.getProperties().put(WRAPS, Boolean.TRUE);
        column.setMinWidth(Math.min(width, 140));
        column.setCellFactory(owner -> new TableCell<>() {
            private final Text shown = new Text();

            {
                shown.getStyleClass().addAll("text", "wrapped-text");
                shown.wrappingWidthProperty().bind(owner.widthProperty().subtract(12));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                shown.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : shown);
            }
        });
        return column;
    }

    /** Whether a column wraps its text (so it is never cut and needs no width of its own). */
    public static boolean wraps(TableColumn<?, ?> column) {
        return Boolean.TRUE.equals(column.getProperties().get(WRAPS));
    }
}
