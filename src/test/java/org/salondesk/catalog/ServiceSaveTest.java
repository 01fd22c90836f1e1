package org.salondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The service form's Save is one transaction (issue 14): the service's fields, its commission and its phases are
 * written together, and a refused part leaves the service, its commission and its phases as they were.
 */
class ServiceSaveTest {

    private SalonDesk desk;
    private SmallSalon salon;
    private long basin;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
        salon = new SmallSalon(desk);
        basin = desk.resources().createResource(salon.branch, "Мойка", 1);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ServiceRow haircut() {
        return desk.serviceCatalog().services(salon.branch).stream().filter(row -> row.id() == salon.haircut)
                .findFirst().orElseThrow();
    }

    @Test
    void aSaveWritesTheFieldsTheCommissionAndThePhasesTogether() {
        long id = desk.serviceCatalog().saveService(new ServiceSave(salon.branch, salon.haircut, null,
                "Стрижка и укладка", "с мытьём", new BigDecimal("2500"), 90,
                PayRates.Commission.percent(new BigDecimal("40")),
                new ServiceSave.Phases(30, 30, List.of(new ServiceSave.Need(basin, ServiceNeed.Phase.AFTER)))));

        assertThat(id).isEqualTo(salon.haircut);
        assertThat(haircut().title()).isEqualTo("Стрижка и укладка");
        assertThat(haircut().durationMinutes()).isEqualTo(90);
        assertThat(desk.payRates().commission(salon.haircut)).hasValueSatisfying(commission ->
                assertThat(commission.percent()).isEqualByComparingTo("40"));
        ServicePhases phases = desk.resources().phases(salon.haircut);
        assertThat(phases.processingMinutes()).isEqualTo(30);
        assertThat(phases.needs()).containsExactly(new ServiceNeed(salon.haircut, basin, ServiceNeed.Phase.AFTER));
    }

    @Test
    void phasesRefusedLeaveTheFieldsTheCommissionAndThePhasesAsTheyWere() {
        desk.resources().setPhases(salon.haircut, 20, 20, List.of());
        ServiceRow before = haircut();

        // 45 + 30 leave no work after the processing within the 70 minutes the form gives the service.
        ServiceSave refused = new ServiceSave(salon.branch, salon.haircut, null, "Стрижка длинная", null,
                new BigDecimal("3000"), 70, PayRates.Commission.fixed(new BigDecimal("500")),
                new ServiceSave.Phases(45, 30, List.of(new ServiceSave.Need(basin, ServiceNeed.Phase.AFTER))));
        assertThatThrownBy(() -> desk.serviceCatalog().saveService(refused)).isInstanceOfSatisfying(
                SalonDeskException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));

        assertThat(haircut()).isEqualTo(before);
        assertThat(desk.payRates().commission(salon.haircut)).isEmpty();
        ServicePhases phases = desk.resources().phases(salon.haircut);
        assertThat(phases.busyBeforeMinutes()).isEqualTo(20);
        assertThat(phases.processingMinutes()).isEqualTo(20);
        assertThat(phases.needs()).isEmpty();
    }

    @Test
    void aNewServiceWhosePhasesAreRefusedIsNotCreated() {
        ServiceSave refused = new ServiceSave(salon.branch, null, null, "Окрашивание", null, new BigDecimal("4000"),
                60, null, new ServiceSave.Phases(30, 40, List.of()));

        assertThatThrownBy(() -> desk.serviceCatalog().saveService(refused)).isInstanceOf(SalonDeskException.class);

        assertThat(desk.serviceCatalog().services(salon.branch)).extracting(ServiceRow::title)
                .doesNotContain("Окрашивание");
    }

    @Test
    void aShorterServiceMustStillFitItsStoredPhasesWhenTheFormLeavesThemAlone() {
        desk.resources().setPhases(salon.haircut, 20, 20, List.of());

        ServiceSave tooShort = new ServiceSave(salon.branch, salon.haircut, null, "Стрижка", null,
                new BigDecimal("1800"), 40, null, null);

        assertThatThrownBy(() -> desk.serviceCatalog().saveService(tooShort))
                .isInstanceOf(SalonDeskException.class);
        assertThat(haircut().durationMinutes()).isEqualTo(60);
    }

    @Test
    void aShorterServiceWithAShorterWindowIsSavedInOneGo() {
        desk.resources().setPhases(salon.haircut, 20, 30, List.of());

        desk.serviceCatalog().saveService(new ServiceSave(salon.branch, salon.haircut, null, "Стрижка", null,
                new BigDecimal("1800"), 40, null, new ServiceSave.Phases(10, 20, List.of())));

        assertThat(haircut().durationMinutes()).isEqualTo(40);
        assertThat(desk.resources().phases(salon.haircut).processingMinutes()).isEqualTo(20);
    }

    @Test
    void phasesWithoutTheirResourceListAreRefusedAndWriteNothing() {
        ServiceRow before = haircut();

        assertThatThrownBy(() -> desk.serviceCatalog().saveService(new ServiceSave(salon.branch, salon.haircut, null,
                "Стрижка модельная", null, new BigDecimal("1900"), 60, null, new ServiceSave.Phases(0, 0, null))))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThat(haircut()).isEqualTo(before);
    }
}
