package org.salondesk.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns as wide as what they show: each fits its title and its rows (measured in the bold face, so a row that
 * stands out fits too), growing as rows come and never jumping back while the user works. A column the user widened
 * or narrowed by hand keeps her width; with a {@link ColumnLayout} her widths and order are also kept between starts.
 */
public final class ColumnSizing {

    /** The desk's font size (app.css). */
    private static final double FONT_SIZE = 13;
    /** A column never fits wider than this; longer texts are cut, with the rest on the row's details. */
    private static final double WIDEST = 420;
    /** Room around a cell's text, and around a header's (with its sort arrow). */
    private static final double CELL_ROOM = 18;
    private static final double HEADER_ROOM = 30;
    /** A column's width before anything sets it (TableColumnBase's default). */
    private static final double JAVAFX_DEFAULT_WIDTH = 80;
    /** Rows measured at most, so a long list is sized at once. */
    private static final int ROWS_MEASURED = 300;

    private ColumnSizing() {
    }

    /**
     * For a table that shares its width out among its columns: no column may get narrower than its title and rows
     * (a column of wrapping text excepted, see {@link TextColumns#wrapping}).
     */
    public static <R> void atLeastContent(TableView<R> table) {
        Runnable fit = () -> {
            for (TableColumn<R, ?> column : table.getColumns()) {
                if (!TextColumns.wraps(column)) {
                    column.setMinWidth(Math.max(column.getMinWidth(), measure(table, column)));
                }
            }
        };
        fit.run();
        table.getItems().addListener((ListChangeListener<R>) change -> fit.run());
        table.itemsProperty().addListener((obs, old, items) -> {
            items.addListener((ListChangeListener<R>) change -> fit.run());
            fit.run();
        });
    }

    /** Columns fit their content; what the user sets by hand holds while the program runs. */
    public static <R> void fitToContent(TableView<R> table) {
        install(table, null);
    }

    /** As {@link #fitToContent}, the user's order and hand-set widths taken from and kept in {@code layout}. */
    public static <R> void install(TableView<R> table, ColumnLayout layout) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Set<TableColumn<R, ?>> byHand = new HashSet<>();
        boolean[] fitting = {false};
        if (layout != null) {
            List<TableColumn<R, ?>> ordered = new ArrayList<>(table.getColumns());
            ordered.sort(Comparator.comparingInt(column -> {
                int at = layout.order().indexOf(column.getId());
                return at < 0 ? Integer.MAX_VALUE : at;
            }));
            table.getColumns().setAll(ordered);
            table.getColumns().addListener((ListChangeListener<TableColumn<R, ?>>) change ->
                    layout.moved(table.getColumns().stream().map(TableColumn::getId).toList()));
        }
        for (TableColumn<R, ?> column : table.getColumns()) {
            Double kept = layout == null ? null : layout.widths().get(column.getId());
            if (kept != null) {
                column.setPrefWidth(kept);
                byHand.add(column);
            }
            column.widthProperty().addListener((obs, old, width) -> {
                if (!fitting[0]) {
                    byHand.add(column);
                    if (layout != null) {
                        layout.resized(column.getId(), width.doubleValue());
                    }
                }
            });
        }
        Map<TableColumn<R, ?>, Double> fitted = new HashMap<>();
        Runnable fit = () -> {
            fitting[0] = true;
            try {
                for (TableColumn<R, ?> column : table.getColumns()) {
                    if (!byHand.contains(column)) {
                        double width = Math.max(fitted.getOrDefault(column, 0.0), measure(table, column));
                        fitted.put(column, width);
                        column.setPrefWidth(width);
                    }
                }
            } finally {
                fitting[0] = false;
            }
        };
        fit.run();
        table.getItems().addListener((ListChangeListener<R>) change -> fit.run());
        table.itemsProperty().addListener((obs, old, items) -> {
            items.addListener((ListChangeListener<R>) change -> fit.run());
            fit.run();
        });
    }

    private static <R> double measure(TableView<R> table, TableColumn<R, ?> column) {
        Text text = new Text();
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, FONT_SIZE));
        text.setText(column.getText() == null ? "" : column.getText());
        double widest = text.getLayoutBounds().getWidth() + HEADER_ROOM;
        int measured = 0;
        for (R row : table.getItems()) {
            if (measured++ >= ROWS_MEASURED) {
                break;
            }
            ObservableValue<?> value = column.getCellObservableValue(row);
            if (value != null && value.getValue() instanceof String shown) {
                text.setText(shown);
                widest = Math.max(widest, text.getLayoutBounds().getWidth() + CELL_ROOM);
            }
        }
        double width = Math.min(WIDEST, Math.ceil(widest));
        // JavaFX sizes a column whose width is exactly its default (80) to its first rows by itself; not ours.
        return width == JAVAFX_DEFAULT_WIDTH ? width + 1 : width;
    }
}
