package org.salondesk.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.catalog.Employee;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.SalonService;
import org.salondesk.ui.common.EditBaseline;

/**
 * A master's own price and duration for one service, the cell of the matrix chosen. Blank means the service's own, so
 * a senior master can cost more while the others keep the price list.
 */
public final class OwnTermsForm {

    private final ObjectProperty<Employee> master = new SimpleObjectProperty<>(this, "master");
    private final ObjectProperty<SalonService> service = new SimpleObjectProperty<>(this, "service");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringBinding priceProblem = Bindings.createStringBinding(() ->
            FormChecks.priceProblem(price.get(), true), price);
    private final StringBinding durationProblem = Bindings.createStringBinding(() ->
            FormChecks.durationProblem(duration.get(), true), duration);
    private final BooleanBinding valid = master.isNotNull().and(service.isNotNull()).and(priceProblem.isEmpty())
            .and(durationProblem.isEmpty());
    private final EditBaseline asShown = new EditBaseline(price, duration);

    /** Shows her terms as they are stored ({@code cell} null: she does not provide the service yet). */
    void show(Provision cell) {
        price.set(cell == null || cell.ownPrice() == null ? "" : cell.ownPrice().stripTrailingZeros().toPlainString());
        duration.set(cell == null || cell.ownDurationMinutes() == null ? "" : cell.ownDurationMinutes().toString());
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

    public ObjectProperty<Employee> masterProperty() {
        return master;
    }

    public ObjectProperty<SalonService> serviceProperty() {
        return service;
    }

    /** Her price as typed; blank is the service's price. */
    public StringProperty priceProperty() {
        return price;
    }

    /** Her duration in minutes as typed; blank is the service's duration. */
    public StringProperty durationProperty() {
        return duration;
    }

    public StringBinding priceProblem() {
        return priceProblem;
    }

    public StringBinding durationProblem() {
        return durationProblem;
    }

    /** A master and a service are chosen and what is typed can be stored. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
