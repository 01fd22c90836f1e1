package org.salondesk.ui.catalog;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.catalog.ResourceRow;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;

/** The form of a resource of the branch (a basin, the massage room): its name and how many there are. */
public final class ResourceForm {

    private static final String DEFAULT_QUANTITY = "1";

    private final NumberText numbers = NumberText.desk();
    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final FormField name = FormField.required("fieldName.resourceName", ResourceRow.NAME);
    private final FormField quantity = FormField.number(ResourceRow.QUANTITY, false);
    private final FormFields fields = new FormFields(name, quantity);
    private final EditBaseline asShown = new EditBaseline(name.textProperty(), quantity.textProperty());

    public ResourceForm() {
        clear();
    }

    public void edit(ResourceRow resource) {
        id.set(resource.id());
        name.show(resource.name());
        quantity.show(numbers.format(resource.quantity()));
        asShown.mark();
    }

    public void clear() {
        id.set(0);
        name.show("");
        quantity.show(DEFAULT_QUANTITY);
        asShown.mark();
    }

    boolean changed() {
        return asShown.changed();
    }

    void restore() {
        asShown.restore();
    }

    boolean isNew() {
        return id.get() == 0;
    }

    long id() {
        return id.get();
    }

    int quantityValue() {
        return numbers.parse(quantity.text()).intValueExact();
    }

    /** Save was pressed: marks every problem; answers whether the resource can be saved. */
    boolean showProblems() {
        return fields.showProblems();
    }

    public LongProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    public StringProperty quantityProperty() {
        return quantity.textProperty();
    }

    public FormField name() {
        return name;
    }

    public FormField quantity() {
        return quantity;
    }

    public BooleanBinding validProperty() {
        return fields.valid();
    }

    public BooleanBinding markedProperty() {
        return fields.marked();
    }
}
