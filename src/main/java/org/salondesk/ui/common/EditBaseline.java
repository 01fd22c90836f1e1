package org.salondesk.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * What a form showed when it was last read or saved, to tell whether the user has changed it since and to put it
 * back. It looks at values only, so typing a text and typing it back leaves the form unchanged.
 */
public final class EditBaseline {

    private final List<Property<?>> fields = new ArrayList<>();
    private final List<ObservableList<?>> lists = new ArrayList<>();
    private final List<ObservableSet<?>> sets = new ArrayList<>();
    private List<Object> baseline;

    public EditBaseline(Property<?>... fields) {
        this.fields.addAll(List.of(fields));
    }

    /** Also watches a list the form edits (chosen items). */
    public EditBaseline withList(ObservableList<?> list) {
        lists.add(list);
        return this;
    }

    /** Also watches a set the form edits (chosen weekdays). */
    public EditBaseline withSet(ObservableSet<?> set) {
        sets.add(set);
        return this;
    }

    /** The form as it is now is what was read or saved. */
    public void mark() {
        baseline = values();
    }

    /** Whether the form differs from what was marked. */
    public boolean changed() {
        return baseline != null && !Objects.equals(values(), baseline);
    }

    /** Puts back what was marked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void restore() {
        if (baseline == null) {
            return;
        }
        List<Object> marked = baseline;
        int at = 0;
        for (Property field : fields) {
            field.setValue(marked.get(at++));
        }
        for (ObservableList list : lists) {
            list.setAll((Collection) marked.get(at++));
        }
        for (ObservableSet set : sets) {
            set.retainAll((Collection) marked.get(at));
            set.addAll((Collection) marked.get(at++));
        }
    }

    private List<Object> values() {
        List<Object> values = new ArrayList<>();
        fields.forEach(field -> values.add(field.getValue()));
        lists.forEach(list -> values.add(new ArrayList<>(list)));
        sets.forEach(set -> values.add(new HashSet<>(set)));
        return values;
    }
}
