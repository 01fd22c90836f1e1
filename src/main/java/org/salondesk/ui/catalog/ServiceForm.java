package org.salondesk.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.EditBaseline;

/** The form of a service: title, description, price, duration in minutes, category. */
public final class ServiceForm {

    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "60");
    private final ObjectProperty<ServiceCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringBinding titleProblem = Bindings.createStringBinding(() -> title.get().isBlank()
            ? Messages.get("error.required", Messages.get("field.title")) : "", title);
    private final StringBinding priceProblem = Bindings.createStringBinding(() ->
            FormChecks.priceProblem(price.get(), false), price);
    private final StringBinding durationProblem = Bindings.createStringBinding(() ->
            FormChecks.durationProblem(duration.get(), false), duration);
    private final BooleanBinding valid = titleProblem.isEmpty().and(priceProblem.isEmpty())
            .and(durationProblem.isEmpty());
    private final EditBaseline asShown = new EditBaseline(title, description, price, duration, category);

    public ServiceForm() {
        asShown.mark();
    }

    public void edit(SalonService service, ServiceCategory itsCategory) {
        id.set(service.getId());
        title.set(service.getTitle());
        description.set(service.getDescription() == null ? "" : service.getDescription());
        price.set(service.getPrice().stripTrailingZeros().toPlainString());
        duration.set(Integer.toString(service.getDurationMinutes()));
        category.set(itsCategory);
        asShown.mark();
    }

    public void clear() {
        id.set(0);
        title.set("");
        description.set("");
        price.set("");
        duration.set("60");
        category.set(null);
        asShown.mark();
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

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public ObjectProperty<ServiceCategory> categoryProperty() {
        return category;
    }

    public StringBinding titleProblem() {
        return titleProblem;
    }

    public StringBinding priceProblem() {
        return priceProblem;
    }

    public StringBinding durationProblem() {
        return durationProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
