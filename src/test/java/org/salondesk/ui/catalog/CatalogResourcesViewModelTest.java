package org.salondesk.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.catalog.OwnProcessing;
import org.salondesk.catalog.ResourceRow;
import org.salondesk.catalog.ServicePhases;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The catalogue's resources, a service's processing and needs, and a master's own processing, without a screen. */
class CatalogResourcesViewModelTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private CatalogViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new CatalogViewModel(desk.branches(), desk.serviceCatalog(), desk.masters(), desk.provisions(),
                desk.payRates(), desk.resources(), BackgroundExecutor.sameThread(), new NoticeBoard(), () -> { });
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ResourceRow resource(String name) {
        return viewModel.resourcesTab().rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private ServiceRow service(long id) {
        return viewModel.services().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    private void addResource(String name, String quantity) {
        ResourceForm form = viewModel.resourcesTab().form();
        form.clear();
        form.nameProperty().set(name);
        form.quantityProperty().set(quantity);
        viewModel.saveResource();
    }

    @Test
    void resourcesAreAddedChangedAndTakenOutOfUse() {
        ResourceForm form = viewModel.resourcesTab().form();
        form.nameProperty().set("Мойка");
        form.quantityProperty().set("0");
        assertThat(form.validProperty().get()).as("at least one").isFalse();
        form.quantityProperty().set("2");
        viewModel.saveResource();

        assertThat(resource("Мойка").quantity()).isEqualTo(2);
        assertThat(resource("Мойка").active()).isTrue();
        assertThat(form.nameProperty().get()).as("the form is ready for the next").isEmpty();

        addResource("мойка", "1");
        assertThat(viewModel.errorProperty().get()).as("the API's refusal in the desk's words")
                .contains("мойка").doesNotContain("Exception");
        assertThat(viewModel.resourcesTab().rows()).hasSize(1);

        form.edit(resource("Мойка"));
        form.nameProperty().set("Мойки");
        form.quantityProperty().set("3");
        viewModel.saveResource();
        assertThat(desk.resources().resources(salon.branch)).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Мойки");
            assertThat(row.quantity()).isEqualTo(3);
        });

        viewModel.resourcesTab().setActive(resource("Мойки"), false);
        assertThat(resource("Мойки").active()).isFalse();
        viewModel.resourcesTab().setActive(resource("Мойки"), true);
        assertThat(resource("Мойки").active()).isTrue();
    }

    @Test
    void aServicesProcessingAndNeedsAreSavedWithItAndShownAgain() {
        addResource("Мойка", "2");
        addResource("Массажный кабинет", "1");
        ServiceForm form = viewModel.serviceForm();
        viewModel.editService(service(salon.manicure), null);
        assertThat(form.phases().needList()).isEmpty();
        PhasesForm phases = form.phases();
        phases.processing().textProperty().set("30");
        assertThat(phases.validProperty().get()).as("the work before it is needed with processing").isFalse();
        phases.busyBefore().textProperty().set("32");
        assertThat(phases.busyBefore().problem().get()).as("on 5-minute marks").isNotEmpty();
        phases.busyBefore().textProperty().set("30");
        phases.addNeed(resource("Мойка"), ServiceNeed.Phase.WHOLE);
        phases.addNeed(resource("Мойка"), ServiceNeed.Phase.AFTER);
        phases.addNeed(resource("Массажный кабинет"), ServiceNeed.Phase.PROCESSING);
        assertThat(phases.needList()).as("a resource chosen again changes its phase").hasSize(2);
        phases.removeNeed(phases.needList().get(1));
        assertThat(form.validProperty().get()).isTrue();
        assertThat(viewModel.dirty()).isTrue();

        viewModel.saveService();

        ServicePhases stored = desk.resources().phases(salon.manicure);
        assertThat(stored.busyBeforeMinutes()).isEqualTo(30);
        assertThat(stored.processingMinutes()).isEqualTo(30);
        assertThat(stored.needs()).containsExactly(new ServiceNeed(salon.manicure, resource("Мойка").id(),
                ServiceNeed.Phase.AFTER));
        assertThat(viewModel.errorProperty().get()).isEmpty();

        viewModel.editService(service(salon.manicure), null);
        assertThat(phases.processing().text()).isEqualTo("30");
        assertThat(phases.busyBefore().text()).isEqualTo("30");
        assertThat(phases.needList()).extracting(PhasesForm.Need::label).containsExactly("Мойка · after processing");
        assertThat(form.changed()).as("what was read is what is shown").isFalse();

        phases.processing().textProperty().set("0");
        assertThat(form.validProperty().get()).as("0 is no processing").isTrue();
        phases.needList().clear();
        viewModel.saveService();
        assertThat(desk.resources().phases(salon.manicure).hasProcessing()).isFalse();
        assertThat(desk.resources().phases(salon.manicure).needs()).isEmpty();
    }

    @Test
    void aWindowLongerThanTheServiceIsRefusedInTheDesksWords() {
        ServiceForm form = viewModel.serviceForm();
        viewModel.editService(service(salon.haircut), null);
        form.phases().busyBefore().textProperty().set("30");
        form.phases().processing().textProperty().set("30");

        viewModel.saveService();

        assertThat(viewModel.errorProperty().get()).contains("Стрижка").contains("60");
        assertThat(desk.resources().phases(salon.haircut).hasProcessing()).isFalse();
    }

    @Test
    void aMastersOwnProcessingIsSetOnHerCellAndShownAgain() {
        viewModel.pickCell(viewModel.masters().stream().filter(m -> m.id() == salon.olga).findFirst().orElseThrow(),
                service(salon.manicure));
        OwnTermsForm own = viewModel.ownTerms();
        own.busyBefore().textProperty().set("20");
        assertThat(own.validProperty().get()).as("both or neither").isFalse();
        own.processing().textProperty().set("40");
        assertThat(own.validProperty().get()).isTrue();

        viewModel.setOwnTerms();

        assertThat(desk.resources().ownProcessing(salon.olga, salon.manicure)).isEqualTo(new OwnProcessing(20, 40));
        viewModel.pickCell(viewModel.masters().stream().filter(m -> m.id() == salon.pavel).findFirst()
                .orElseThrow(), service(salon.haircut));
        assertThat(own.processing().text()).isEmpty();
        viewModel.pickCell(viewModel.masters().stream().filter(m -> m.id() == salon.olga).findFirst().orElseThrow(),
                service(salon.manicure));
        assertThat(own.processing().text()).isEqualTo("40");
        assertThat(own.busyBefore().text()).isEqualTo("20");

        own.busyBefore().textProperty().set("");
        own.processing().textProperty().set("");
        viewModel.setOwnTerms();
        assertThat(desk.resources().ownProcessing(salon.olga, salon.manicure)).isEqualTo(new OwnProcessing(null, null));
    }
}
