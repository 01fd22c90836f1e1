package org.salondesk.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.ui.common.EditBaseline;

/** The form of a category or a job title: a name and a description. */
public final class NamedForm {

    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringBinding nameProblem = Bindings.createStringBinding(() -> FormChecks.nameProblem(name.get()),
            name);
    private final BooleanBinding valid = nameProblem.isEmpty();
    private final EditBaseline asShown = new EditBaseline(name, description);

    public NamedForm() {
        asShown.mark();
    }

    public void edit(long recordId, String recordName, String recordDescription) {
        id.set(recordId);
        name.set(recordName);
        description.set(recordDescription == null ? "" : recordDescription);
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

    public LongProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringBinding nameProblem() {
        return nameProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
