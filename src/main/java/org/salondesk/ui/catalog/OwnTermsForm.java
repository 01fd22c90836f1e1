package org.salondesk.ui.catalog;

import java.math.BigDecimal;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.OwnProcessing;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.ServicePhases;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;

/**
 * A master's own price and duration for one service, the cell of the matrix chosen. Blank means the service's own, so
 * a senior master can cost more while the others keep the price list.
 */
public final class OwnTermsForm {

    private final NumberText numbers = NumberText.desk();
    private final ObjectProperty<MasterRow> master = new SimpleObjectProperty<>(this, "master");
    private final ObjectProperty<ServiceRow> service = new SimpleObjectProperty<>(this, "service");
    private final FormField price = FormField.number(ServiceRow.PRICE, true);
    private final FormField duration = FormField.number(ServiceRow.DURATION, true);
    /** Her own processing window; both blank: the service's (decision 0033). */
    private final FormField processing = new FormField("", typed -> typed.isBlank() || PhasesForm.none(typed) ? ""
            : numbers.problem(typed, ServicePhases.PROCESSING, false));
    private final FormField busyBefore = new FormField("", typed -> processing.text().isBlank()
            ? (typed.isBlank() ? "" : Messages.get("error.service.processingPair"))
            : PhasesForm.none(processing.text()) ? ""
            : numbers.problem(typed, ServicePhases.BUSY_BEFORE, false), processing.textProperty());
    private final FormFields fields = new FormFields(price, duration, busyBefore, processing);
    private final BooleanBinding chosen = master.isNotNull().and(service.isNotNull());
    private final BooleanBinding valid = chosen.and(fields.valid());
    private final BooleanBinding settable = chosen.and(fields.marked().not());
    private final EditBaseline asShown = new EditBaseline(price.textProperty(), duration.textProperty(),
            busyBefore.textProperty(), processing.textProperty());
    private final EditBaseline processingShown = new EditBaseline(busyBefore.textProperty(),
            processing.textProperty());

    /** Shows her terms as they are stored ({@code cell} null: she does not provide the service yet). */
    void show(Provision cell) {
        price.show(cell == null || cell.ownPrice() == null ? "" : numbers.format(cell.ownPrice()));
        duration.show(cell == null || cell.ownDurationMinutes() == null ? ""
                : numbers.format(cell.ownDurationMinutes()));
        busyBefore.show("");
        processing.show("");
        asShown.mark();
        processingShown.mark();
    }

    /** Shows her own processing window once read. */
    void showProcessing(OwnProcessing own) {
        busyBefore.show(own.isServices() ? "" : numbers.format(own.busyBeforeMinutes()));
        processing.show(own.isServices() ? "" : numbers.format(own.processingMinutes()));
        asShown.mark();
        processingShown.mark();
    }

    /** Whether the user changed her processing window since it was shown. */
    boolean processingChanged() {
        return processingShown.changed();
    }

    /** Her window typed: both null for the service's own; a processing of 0 for none. */
    OwnProcessing ownProcessing() {
        if (processing.text().isBlank()) {
            return new OwnProcessing(null, null);
        }
        int minutes = numbers.parse(processing.text()).intValueExact();
        return minutes == 0 ? new OwnProcessing(0, 0)
                : new OwnProcessing(numbers.parse(busyBefore.text()).intValueExact(), minutes);
    }

    /** Whether the form shows the terms of this master for this service. */
    boolean shows(MasterRow shownMaster, ServiceRow shownService) {
        return master.get() != null && service.get() != null && master.get().id() == shownMaster.id()
                && service.get().id() == shownService.id();
    }

    /** Whether the user changed the form since it was filled or emptied. */
    boolean changed() {
        return asShown.changed();
    }

    /** Puts back what the form showed when it was filled or emptied. */
    void restore() {
        asShown.restore();
    }

    /** Her price typed, or null for the service's own. */
    BigDecimal priceValue() {
        return numbers.parse(price.text());
    }

    Integer minutes() {
        BigDecimal minutes = numbers.parse(duration.text());
        return minutes == null ? null : minutes.intValueExact();
    }

    /** Set was pressed: marks every problem; answers whether the terms can be stored. */
    boolean showProblems() {
        return fields.showProblems() && chosen.get();
    }

    public ObjectProperty<MasterRow> masterProperty() {
        return master;
    }

    public ObjectProperty<ServiceRow> serviceProperty() {
        return service;
    }

    /** Her price as typed; blank is the service's price. */
    public StringProperty priceProperty() {
        return price.textProperty();
    }

    /** Her duration in minutes as typed; blank is the service's duration. */
    public StringProperty durationProperty() {
        return duration.textProperty();
    }

    public FormField price() {
        return price;
    }

    public FormField duration() {
        return duration;
    }

    public FormField busyBefore() {
        return busyBefore;
    }

    public FormField processing() {
        return processing;
    }

    public StringBinding priceProblem() {
        return price.problem();
    }

    public StringBinding durationProblem() {
        return duration.problem();
    }

    /** A master and a service are chosen and what is typed can be stored. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** A cell is chosen and no problem is marked: Set can be pressed. */
    public BooleanBinding settableProperty() {
        return settable;
    }
}
