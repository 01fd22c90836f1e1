package org.salondesk.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import org.salondesk.i18n.Messages;

/** Read-only table columns of text worked out from each row. */
public final class TextColumns {

    private TextColumns() {
    }

    public static <R> TableColumn<R, String> of(String titleKey, double width, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
