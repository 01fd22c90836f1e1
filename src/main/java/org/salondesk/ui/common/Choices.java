package org.salondesk.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;

/** Picking again after a list was read anew: the same record if it is still there, else the first. */
public final class Choices {

    private Choices() {
    }

    public static <T, K> T keepOrFirst(List<T> found, T current, Function<T, K> id) {
        K wanted = current == null ? null : id.apply(current);
        return found.stream().filter(item -> wanted != null && Objects.equals(id.apply(item), wanted)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
    }

    /**
     * Shows a list read anew and picks again: a pick that reads back equal (nothing of it changed) fires no listener,
     * so {@code showAgain} reads what hangs on it; a changed or other pick is set and its listener does that.
     */
    public static <T, K> void refill(List<T> found, ObservableList<T> items, Property<T> chosen, Function<T, K> id,
                                     Runnable showAgain) {
        T pick = keepOrFirst(found, chosen.getValue(), id);
        items.setAll(found);
        if (Objects.equals(pick, chosen.getValue())) {
            showAgain.run();
        } else {
            chosen.setValue(pick);
        }
    }
}
