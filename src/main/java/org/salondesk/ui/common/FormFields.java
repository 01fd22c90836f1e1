package org.salondesk.ui.common;

import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The checked fields of one form. Save stays enabled until a mark is shown, so it never sits disabled without a
 * reason in sight; pressing it with something wrong marks every problem ({@link #showProblems()}) and saves nothing.
 */
public final class FormFields {

    private final List<FormField> fields;
    private final BooleanBinding valid;
    private final BooleanBinding marked;

    public FormFields(FormField... fields) {
        this.fields = List.of(fields);
        Observable[] problems = this.fields.stream().map(FormField::problem).toArray(Observable[]::new);
        Observable[] marks = this.fields.stream().map(FormField::mark).toArray(Observable[]::new);
        valid = Bindings.createBooleanBinding(() -> this.fields.stream().allMatch(FormField::isValid), problems);
        marked = Bindings.createBooleanBinding(() -> this.fields.stream()
                .anyMatch(field -> !field.mark().get().isEmpty()), marks);
    }

    /** Every field can be stored as it is. */
    public BooleanBinding valid() {
        return valid;
    }

    /** Some field shows a mark: Save is disabled until it is fixed. */
    public BooleanBinding marked() {
        return marked;
    }

    /** Save was pressed: every problem is marked, touched or not. Answers whether all is fine. */
    public boolean showProblems() {
        fields.forEach(FormField::touch);
        return valid.get();
    }

    /** A new or freshly loaded record: nothing is marked until the user leaves a field. */
    public void unmark() {
        fields.forEach(FormField::untouch);
    }
}
