package org.salondesk.ui.catalog;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/**
 * Refilling a list that forms pick from. A ComboBox drops its value when its items are replaced, even by equal ones,
 * which would leave a shown form changed (a service without its category) without the user touching it.
 */
final class KeptChoices {

    private KeptChoices() {
    }

    /** Replaces the items only when they differ, and puts back what each form had chosen from them. */
    @SafeVarargs
    static <T> void refill(ObservableList<T> list, List<T> items, ObjectProperty<T>... chosen) {
        if (list.equals(items)) {
            return;
        }
        Object[] kept = new Object[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            kept[i] = chosen[i].get();
        }
        list.setAll(items);
        for (int i = 0; i < chosen.length; i++) {
            @SuppressWarnings("unchecked")
            T value = (T) kept[i];
            chosen[i].set(value);
        }
    }
}
