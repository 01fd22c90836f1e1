package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.Map;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.ServiceNeed;
import org.salondesk.catalog.ResourceRow;
import org.salondesk.catalog.ServicePhases;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;

/**
 * How a service is done, on the service form (decision 0033): the work before processing and the processing in
 * minutes (both blank or 0: the master works throughout), and the resources it takes, each in a phase.
 */
public final class PhasesForm {

    /** A resource the service takes, and when. */
    public record Need(ResourceRow resource, ServiceNeed.Phase phase) {

        /** "Basin · after processing", as the list shows it. */
        public String label() {
            return resource.name() + " · " + Messages.get("catalog.phase." + phase.name());
        }
    }

    private final NumberText numbers = NumberText.desk();
    private final FormField processing = new FormField("", typed -> none(typed) ? ""
            : numbers.problem(typed, ServicePhases.PROCESSING, false));
    /** Needed only with processing: it says when the window opens. */
    private final FormField busyBefore = new FormField("", typed -> none(processing.text())
            ? (none(typed) ? "" : numbers.problem(typed, ServicePhases.BUSY_BEFORE, false))
            : numbers.problem(typed, ServicePhases.BUSY_BEFORE, false), processing.textProperty());
    private final ObservableList<Need> needs = FXCollections.observableArrayList();
    private final FormFields fields = new FormFields(busyBefore, processing);
    private final EditBaseline asShown = new EditBaseline(busyBefore.textProperty(), processing.textProperty())
            .withList(needs);

    public PhasesForm() {
        asShown.mark();
    }

    /** Blank or 0: no processing. */
    static boolean none(String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        BigDecimal value = NumberText.desk().parse(typed);
        return value != null && value.signum() == 0;
    }

    /** Shows a service's phases as stored; its needs are named from the branch's resources. */
    void show(ServicePhases phases, Map<Long, ResourceRow> resources) {
        processing.show(phases.hasProcessing() ? numbers.format(phases.processingMinutes()) : "");
        busyBefore.show(phases.hasProcessing() ? numbers.format(phases.busyBeforeMinutes()) : "");
        needs.setAll(phases.needs().stream().filter(need -> resources.containsKey(need.resourceId()))
                .map(need -> new Need(resources.get(need.resourceId()), need.phase())).toList());
        asShown.mark();
    }

    void clear() {
        processing.show("");
        busyBefore.show("");
        needs.clear();
        asShown.mark();
    }

    /** Adds a resource the service takes; a resource chosen again only changes its phase. */
    public void addNeed(ResourceRow resource, ServiceNeed.Phase phase) {
        if (resource == null || phase == null) {
            return;
        }
        Need need = new Need(resource, phase);
        for (int i = 0; i < needs.size(); i++) {
            if (needs.get(i).resource().id() == resource.id()) {
                needs.set(i, need);
                return;
            }
        }
        needs.add(need);
    }

    public void removeNeed(Need need) {
        needs.remove(need);
    }

    boolean changed() {
        return asShown.changed();
    }

    void restore() {
        asShown.restore();
    }

    boolean showProblems() {
        return fields.showProblems();
    }

    int processingMinutes() {
        return none(processing.text()) ? 0 : numbers.parse(processing.text()).intValueExact();
    }

    int busyBeforeMinutes() {
        return processingMinutes() == 0 || none(busyBefore.text()) ? 0
                : numbers.parse(busyBefore.text()).intValueExact();
    }


    public ObservableList<Need> needList() {
        return needs;
    }

    public FormField busyBefore() {
        return busyBefore;
    }

    public FormField processing() {
        return processing;
    }

    public BooleanBinding validProperty() {
        return fields.valid();
    }

    public BooleanBinding markedProperty() {
        return fields.marked();
    }
}
