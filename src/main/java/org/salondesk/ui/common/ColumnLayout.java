package org.salondesk.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * A table's columns as the user arranged them: their order, and the widths she set by hand (the other columns fit
 * their content). Kept in the view preferences under a key, so the next start shows them the same way.
 */
public final class ColumnLayout {

    private final ViewPreferences preferences;
    private final String key;
    private final ObservableList<String> order = FXCollections.observableArrayList();
    private final ObservableMap<String, Double> widths = FXCollections.observableMap(new LinkedHashMap<>());

    /** The layout kept under {@code key} (nothing kept: the table's own order, every column fitting its content). */
    public ColumnLayout(ViewPreferences preferences, String key) {
        this.preferences = preferences;
        this.key = key;
        order.setAll(split(preferences.get(key + ".order")).stream().distinct().toList());
        for (String entry : split(preferences.get(key + ".widths"))) {
            int at = entry.lastIndexOf('=');
            try {
                widths.put(entry.substring(0, at), Double.valueOf(entry.substring(at + 1)));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // A width edited by hand into nonsense: that column fits its content again.
            }
        }
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }

    /** The user moved columns: {@code columns} in their new order. */
    public void moved(List<String> columns) {
        if (!order.equals(columns)) {
            order.setAll(columns);
            preferences.put(key + ".order", String.join(",", order));
        }
    }

    /** The user set a column's width by hand. */
    public void resized(String column, double width) {
        Double before = widths.get(column);
        if (before == null || Math.abs(before - width) >= 0.5) {
            widths.put(column, width);
            preferences.put(key + ".widths", widths.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + String.format(Locale.ROOT, "%.0f", entry.getValue()))
                    .collect(Collectors.joining(",")));
        }
    }

    /** The columns' ids in the order the user put them (empty: as the table has them). */
    public ObservableList<String> order() {
        return FXCollections.unmodifiableObservableList(order);
    }

    /** The widths the user set by hand, by column id; a column not here fits its content. */
    public Map<String, Double> widths() {
        return FXCollections.unmodifiableObservableMap(widths);
    }
}
