package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.catalog.CategoryRow;
import org.salondesk.catalog.PayRates;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;

/** The form of a service: title, description, price, duration in minutes, category, the master's commission. */
public final class ServiceForm {

    private static final String DEFAULT_MINUTES = "60";

    private final NumberText numbers = NumberText.desk();
    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final FormField title = FormField.required("field.title", ServiceRow.TITLE);
    private final FormField description = FormField.optional(ServiceRow.DESCRIPTION);
    private final FormField price = FormField.number(ServiceRow.PRICE, false);
    private final FormField duration = FormField.number(ServiceRow.DURATION, false);
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(this, "category");
    private final FormField commissionPercent = FormField.number(PayRates.PERCENT, true);
    /** A percent or a fixed amount, not both. */
    private final FormField commissionAmount = new FormField("", typed -> !typed.isBlank()
            && !commissionPercent.text().isBlank() ? Messages.get("error.commission.both")
            : numbers.problem(typed, PayRates.AMOUNT, true), commissionPercent.textProperty());
    private final FormFields fields = new FormFields(title, description, price, duration, commissionPercent,
            commissionAmount);
    private final PhasesForm phases = new PhasesForm();
    private final EditBaseline asShown = new EditBaseline(title.textProperty(), description.textProperty(),
            price.textProperty(), duration.textProperty(), category, commissionPercent.textProperty(),
            commissionAmount.textProperty());

    public ServiceForm() {
        duration.show(DEFAULT_MINUTES);
        asShown.mark();
    }

    public void edit(ServiceRow service, CategoryRow itsCategory) {
        id.set(service.id());
        title.show(service.title());
        description.show(service.description());
        price.show(numbers.format(service.price()));
        duration.show(numbers.format(service.durationMinutes()));
        category.set(itsCategory);
        commissionPercent.show("");
        commissionAmount.show("");
        phases.clear();
        asShown.mark();
    }

    /** Shows the service's commission once it is read (the service's own fields come from its row at once). */
    public void showCommission(Optional<PayRates.Commission> commission) {
        commissionPercent.show(commission.map(PayRates.Commission::percent).map(numbers::format).orElse(""));
        commissionAmount.show(commission.map(PayRates.Commission::fixedAmount).map(numbers::format).orElse(""));
        asShown.mark();
    }

    public void clear() {
        id.set(0);
        title.show("");
        description.show("");
        price.show("");
        duration.show(DEFAULT_MINUTES);
        category.set(null);
        commissionPercent.show("");
        commissionAmount.show("");
        phases.clear();
        asShown.mark();
    }

    /** Whether the user changed the form since it was filled or emptied. */
    boolean changed() {
        return asShown.changed() || phases.changed();
    }

    /** Puts back what the form showed when it was filled or emptied. */
    void restore() {
        asShown.restore();
        phases.restore();
    }

    boolean isNew() {
        return id.get() == 0;
    }

    long id() {
        return id.get();
    }

    BigDecimal priceValue() {
        return numbers.parse(price.text());
    }

    int minutes() {
        return numbers.parse(duration.text()).intValueExact();
    }

    /** The commission typed: a percent, a fixed amount, or none (null). */
    PayRates.Commission commission() {
        if (!commissionPercent.text().isBlank()) {
            return PayRates.Commission.percent(numbers.parse(commissionPercent.text()));
        }
        return commissionAmount.text().isBlank() ? null
                : PayRates.Commission.fixed(numbers.parse(commissionAmount.text()));
    }

    /** Save was pressed: marks every problem; answers whether the service can be saved. */
    boolean showProblems() {
        boolean own = fields.showProblems();
        return phases.showProblems() && own;
    }

    /** Its processing and the resources it takes (read once the form is filled). */
    public PhasesForm phases() {
        return phases;
    }

    public LongProperty idProperty() {
        return id;
    }

    public StringProperty titleProperty() {
        return title.textProperty();
    }

    public StringProperty descriptionProperty() {
        return description.textProperty();
    }

    /** The price as typed, in the desk's language ("2,500.50" or "2 500,50"). */
    public StringProperty priceProperty() {
        return price.textProperty();
    }

    public StringProperty durationProperty() {
        return duration.textProperty();
    }

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    public FormField title() {
        return title;
    }

    public FormField description() {
        return description;
    }

    public FormField price() {
        return price;
    }

    public FormField duration() {
        return duration;
    }

    public StringProperty commissionPercentProperty() {
        return commissionPercent.textProperty();
    }

    public StringProperty commissionAmountProperty() {
        return commissionAmount.textProperty();
    }

    public FormField commissionPercent() {
        return commissionPercent;
    }

    public FormField commissionAmount() {
        return commissionAmount;
    }

    public StringBinding titleProblem() {
        return title.problem();
    }

    public StringBinding priceProblem() {
        return price.problem();
    }

    public StringBinding durationProblem() {
        return duration.problem();
    }

    /** Everything typed can be stored. */
    public BooleanBinding validProperty() {
        return fields.valid().and(phases.validProperty());
    }

    /** A problem is marked on screen: Save is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return fields.marked().or(phases.markedProperty());
    }
}
