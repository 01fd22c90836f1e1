package org.salondesk.ui.catalog;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.TextLimit;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;

/** The form of a category or a job title: a name and a description. */
public final class NamedForm {

    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final FormField name;
    private final FormField description;
    private final FormFields fields;
    private final EditBaseline asShown;

    public NamedForm(TextLimit nameLimit, TextLimit descriptionLimit) {
        name = FormField.required("field.name", nameLimit);
        description = FormField.optional(descriptionLimit);
        fields = new FormFields(name, description);
        asShown = new EditBaseline(name.textProperty(), description.textProperty());
        asShown.mark();
    }

    public void edit(long recordId, String recordName, String recordDescription) {
        id.set(recordId);
        name.show(recordName);
        description.show(recordDescription);
        asShown.mark();
    }

    public void clear() {
        edit(0, "", null);
    }

    /** Whether the user changed the form since it was filled or emptied. */
    boolean changed() {
        return asShown.changed();
    }

    /** Puts back what the form showed when it was filled or emptied. */
    void restore() {
        asShown.restore();
    }

    boolean isNew() {
        return id.get() == 0;
    }

    long id() {
        return id.get();
    }

    /** Save was pressed: marks every problem; answers whether the record can be saved. */
    boolean showProblems() {
        return fields.showProblems();
    }

    public LongProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    public StringProperty descriptionProperty() {
        return description.textProperty();
    }

    public FormField name() {
        return name;
    }

    public FormField description() {
        return description;
    }

    public StringBinding nameProblem() {
        return name.problem();
    }

    public BooleanBinding validProperty() {
        return fields.valid();
    }

    /** A problem is marked on screen: Save is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return fields.marked();
    }
}
