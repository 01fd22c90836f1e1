package org.salondesk.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The catalogue screen without a screen, checked through what booking answers. */
class CatalogViewModelTest {

    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(9, 0);
    private final AtomicInteger changes = new AtomicInteger();
    private SalonDesk desk;
    private SmallSalon salon;
    private CatalogViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new CatalogViewModel(desk.branches(), desk.serviceCatalog(), desk.masters(), desk.provisions(), desk.payRates(), desk.resources(), BackgroundExecutor.sameThread(), new NoticeBoard(),
                changes::incrementAndGet);
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ServiceRow service(long id) {
        return viewModel.services().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private MasterRow master(long id) {
        return viewModel.masters().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aNewServiceIsCheckedInPlaceAndThenBookable() {
        ServiceForm form = viewModel.serviceForm();
        form.titleProperty().set("Укладка");
        form.priceProperty().set("-5");
        form.durationProperty().set("42");
        assertThat(form.priceProblem().get()).isNotEmpty();
        assertThat(form.durationProblem().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.priceProperty().set("1,200.50");
        form.durationProperty().set("45");
        assertThat(form.validProperty().get()).isTrue();

        viewModel.saveService();

        ServiceRow created = viewModel.services().stream().filter(s -> s.title().equals("Укладка")).findFirst()
                .orElseThrow();
        assertThat(created.price()).isEqualByComparingTo(new BigDecimal("1200.50"));
        assertThat(created.durationMinutes()).isEqualTo(45);
        assertThat(form.titleProperty().get()).as("the form is ready for the next").isEmpty();
        assertThat(changes).hasValue(1);
    }

    @Test
    void aServicesCommissionAndAMastersDailyRateAreSavedWithThemAndShownAgain() {
        ServiceForm form = viewModel.serviceForm();
        viewModel.editService(service(salon.haircut), null);
        form.commissionPercentProperty().set("40");
        form.commissionAmountProperty().set("300");
        assertThat(form.validProperty().get()).as("a percent or an amount, not both").isFalse();
        form.commissionPercentProperty().set("");
        viewModel.saveService();
        assertThat(desk.payRates().commission(salon.haircut)).contains(
                org.salondesk.catalog.PayRates.Commission.fixed(new BigDecimal("300.00")));

        viewModel.editService(service(salon.haircut), null);
        assertThat(form.commissionAmountProperty().get()).isEqualTo("300");
        assertThat(form.changed()).as("what was read is what is shown").isFalse();

        viewModel.editMaster(master(salon.olga), null);
        viewModel.masterForm().dailyRate().textProperty().set("1,500");
        viewModel.saveMaster();
        assertThat(desk.payRates().dailyRate(salon.olga)).hasValueSatisfying(rate ->
                assertThat(rate).isEqualByComparingTo("1500"));
        viewModel.editMaster(master(salon.olga), null);
        assertThat(viewModel.masterForm().dailyRate().text()).isEqualTo("1,500");
    }

    @Test
    void aPriceIsReadAndShownAsEnglishWritesIt() {
        ServiceForm form = viewModel.serviceForm();
        form.titleProperty().set("Укладка");
        form.priceProperty().set("2,500");
        form.durationProperty().set("45");

        viewModel.saveService();

        ServiceRow created = viewModel.services().stream().filter(s -> s.title().equals("Укладка")).findFirst()
                .orElseThrow();
        assertThat(created.price()).as("the comma groups thousands in English").isEqualByComparingTo("2500");
        form.edit(created, null);
        assertThat(form.priceProperty().get()).isEqualTo("2,500");

        form.priceProperty().set("1 500");
        assertThat(form.priceProblem().get()).as("a space groups thousands in any language").isEmpty();
        viewModel.pickCell(master(salon.olga), service(salon.manicure));
        viewModel.ownTerms().priceProperty().set("3,000.50");
        viewModel.setOwnTerms();
        assertThat(desk.provisions().provisions(salon.branch)).filteredOn(p -> p.masterId() == salon.olga
                && p.serviceId() == salon.manicure).singleElement()
                .satisfies(cell -> assertThat(cell.ownPrice()).isEqualByComparingTo("3000.50"));
    }

    @Test
    void aPriceIsReadAndShownAsRussianWritesIt() {
        Locale english = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        try {
            CatalogViewModel russian = new CatalogViewModel(desk.branches(), desk.serviceCatalog(), desk.masters(), desk.provisions(), desk.payRates(), desk.resources(), BackgroundExecutor.sameThread(),
                    new NoticeBoard(), () -> { });
            russian.start();
            ServiceForm form = russian.serviceForm();
            form.titleProperty().set("Укладка");
            form.priceProperty().set("2 500");
            form.durationProperty().set("45");
            russian.saveService();
            form.titleProperty().set("Чёлка");
            form.priceProperty().set("2,5");
            form.durationProperty().set("15");
            russian.saveService();

            assertThat(russian.services()).filteredOn(s -> s.title().equals("Укладка")).singleElement()
                    .satisfies(s -> assertThat(s.price()).isEqualByComparingTo("2500"));
            ServiceRow fringe = russian.services().stream().filter(s -> s.title().equals("Чёлка"))
                    .findFirst().orElseThrow();
            assertThat(fringe.price()).as("the comma is the decimal point in Russian").isEqualByComparingTo("2.5");
            form.edit(fringe, null);
            assertThat(form.priceProperty().get()).isEqualTo("2,50");
            form.priceProperty().set("1\u00a0500,50");
            assertThat(form.priceProblem().get()).isEmpty();
            form.priceProperty().set("2.500");
            assertThat(form.priceProblem().get()).as("a point is no separator in Russian")
                    .isEqualTo("Цена: введите число, например 1\u00a0500,50.");
        } finally {
            Locale.setDefault(english);
        }
    }

    @Test
    void aPriceItCannotReadOrKeepIsMarkedOnceLeftAndNothingIsSaved() {
        ServiceForm form = viewModel.serviceForm();
        form.titleProperty().set("Укладка");
        form.durationProperty().set("45");

        form.priceProperty().set("2,5,0");
        assertThat(form.priceProblem().get()).isEqualTo("Price: type a number such as 1,500.50.");
        assertThat(form.price().mark().get()).as("not marked while still typed").isEmpty();
        assertThat(form.markedProperty().get()).as("Save is not disabled without a mark").isFalse();
        form.price().touch();
        assertThat(form.price().mark().get()).isEqualTo("Price: type a number such as 1,500.50.");
        assertThat(form.markedProperty().get()).as("Save is disabled while a mark shows").isTrue();
        viewModel.saveService();

        form.priceProperty().set("99999999999");
        assertThat(form.price().mark().get()).isEqualTo("Price: from 0 to 1,000,000.");
        viewModel.saveService();
        form.priceProperty().set("1,500.505");
        assertThat(form.price().mark().get()).isEqualTo("Price: at most 2 digits after the decimal point.");
        viewModel.saveService();
        form.priceProperty().set("1500");
        form.durationProperty().set("725");
        assertThat(form.durationProblem().get())
                .isEqualTo("Length, minutes: a whole number from 5 to 720, in steps of 5.");
        viewModel.saveService();
        form.durationProperty().set("45");
        form.titleProperty().set("У".repeat(201));
        assertThat(form.titleProblem().get()).isEqualTo("Title: at most 200 characters.");
        viewModel.saveService();

        assertThat(desk.serviceCatalog().services(salon.branch)).hasSize(2);
        assertThat(changes).hasValue(0);
        assertThat(form.title().mark().get()).as("Save marks what it refused").isNotEmpty();
    }

    @Test
    void aNewFormIsNotMarkedAllOverAndSaveMarksWhatIsMissing() {
        ServiceForm form = viewModel.serviceForm();
        form.clear();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.title().mark().get()).isEmpty();
        assertThat(form.price().mark().get()).isEmpty();
        assertThat(form.markedProperty().get()).isFalse();

        viewModel.saveService();

        assertThat(form.title().mark().get()).isEqualTo("Please fill in the title.");
        assertThat(form.price().mark().get()).isNotEmpty();
        assertThat(form.duration().mark().get()).as("the length it has is fine").isEmpty();
        assertThat(form.markedProperty().get()).isTrue();
        assertThat(desk.serviceCatalog().services(salon.branch)).hasSize(2);
    }

    @Test
    void blockingAServiceTakesItOutOfBookingAndATakenTitleIsRefusedInWords() {
        viewModel.setServiceActive(service(salon.manicure), false);
        assertThat(desk.booking().getServicesForBooking(salon.branch, null, null))
                .noneMatch(s -> s.id() == salon.manicure);
        assertThat(service(salon.manicure).active()).isFalse();

        viewModel.serviceForm().titleProperty().set("Стрижка");
        viewModel.serviceForm().priceProperty().set("100");
        viewModel.saveService();
        assertThat(viewModel.errorProperty().get()).contains("Стрижка");
        assertThat(viewModel.services()).hasSize(2);
    }

    @Test
    void aTickInTheMatrixMakesTheMasterEligibleAndHerOwnTermsAreWhatSheIsBookedWith() {
        assertThat(desk.booking().getEmployeesForBooking(salon.branch, List.of(salon.manicure), null, null))
                .noneMatch(e -> e.id() == salon.pavel);

        viewModel.setProvides(master(salon.pavel), service(salon.manicure), true);
        assertThat(viewModel.matrix()).containsKey(CatalogViewModel.key(salon.pavel, salon.manicure));
        assertThat(desk.booking().getEmployeesForBooking(salon.branch, List.of(salon.manicure), null, null))
                .anyMatch(e -> e.id() == salon.pavel);

        viewModel.pickCell(master(salon.pavel), service(salon.manicure));
        viewModel.ownTerms().priceProperty().set("3000");
        viewModel.ownTerms().durationProperty().set("120");
        viewModel.setOwnTerms();
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.manicure), TOMORROW,
                LocalTime.of(10, 0), salon.pavel, salon.anna);
        assertThat(booked.totalCost()).isEqualByComparingTo("3000");
        assertThat(booked.duration()).isEqualTo(120);
    }

    @Test
    void aChosenCellShowsHerOwnTermsAndBlankGoesBackToThePriceList() {
        desk.provisions().setProvision(salon.olga, salon.manicure, true, new BigDecimal("2500.00"), 100);
        viewModel.reload();
        OwnTermsForm form = viewModel.ownTerms();
        assertThat(form.validProperty().get()).as("no cell chosen yet").isFalse();

        viewModel.pickCell(master(salon.olga), service(salon.manicure));
        assertThat(form.priceProperty().get()).isEqualTo("2,500");
        assertThat(form.durationProperty().get()).isEqualTo("100");
        form.serviceProperty().set(service(salon.haircut));
        assertThat(form.priceProperty().get()).as("the price list's own for the haircut").isEmpty();
        form.serviceProperty().set(service(salon.manicure));
        assertThat(form.priceProperty().get()).isEqualTo("2,500");

        form.priceProperty().set("");
        form.durationProperty().set("");
        viewModel.setOwnTerms();

        assertThat(desk.provisions().provisions(salon.branch)).filteredOn(p -> p.masterId() == salon.olga
                && p.serviceId() == salon.manicure).singleElement()
                .satisfies(cell -> {
                    assertThat(cell.ownPrice()).isNull();
                    assertThat(cell.ownDurationMinutes()).isNull();
                });
        assertThat(desk.booking().getServicesForBooking(salon.branch, null, salon.olga))
                .filteredOn(s -> s.id() == salon.manicure).singleElement()
                .satisfies(s -> assertThat(s.price()).isEqualByComparingTo("2200"));
    }

    @Test
    void wrongOwnTermsAreMarkedAndNothingIsWritten() {
        viewModel.pickCell(master(salon.olga), service(salon.manicure));
        OwnTermsForm form = viewModel.ownTerms();
        form.priceProperty().set("-1");
        form.durationProperty().set("47");
        assertThat(form.priceProblem().get()).isNotEmpty();
        assertThat(form.durationProblem().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();

        viewModel.setOwnTerms();

        assertThat(desk.provisions().provisions(salon.branch)).filteredOn(p -> p.masterId() == salon.olga
                && p.serviceId() == salon.manicure).singleElement()
                .satisfies(cell -> assertThat(cell.ownPrice()).isNull());
        assertThat(changes).hasValue(0);
    }

    @Test
    void unTickingTheChosenCellEmptiesItsTerms() {
        desk.provisions().setProvision(salon.olga, salon.manicure, true, new BigDecimal("2500"), null);
        viewModel.reload();
        viewModel.pickCell(master(salon.olga), service(salon.manicure));
        assertThat(viewModel.ownTerms().priceProperty().get()).isEqualTo("2,500");

        viewModel.setProvides(master(salon.olga), service(salon.manicure), false);

        assertThat(viewModel.matrix()).doesNotContainKey(CatalogViewModel.key(salon.olga, salon.manicure));
        assertThat(viewModel.ownTerms().priceProperty().get()).isEmpty();
        assertThat(desk.booking().getEmployeesForBooking(salon.branch, List.of(salon.manicure), null, null))
                .noneMatch(e -> e.id() == salon.olga);
    }

    @Test
    void aMasterWithBookingsAheadIsNotBlockedAndTheDeskIsToldWhy() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        viewModel.setMasterActive(master(salon.olga), false);
        assertThat(viewModel.errorProperty().get()).contains("Ольга").contains("Schedules");
        assertThat(master(salon.olga).active()).isTrue();

        viewModel.setMasterActive(master(salon.pavel), false);
        assertThat(master(salon.pavel).active()).isFalse();
        assertThat(desk.booking().getEmployeesForBooking(salon.branch, List.of(salon.haircut), null, null))
                .noneMatch(e -> e.id() == salon.pavel);
    }

    @Test
    void categoriesJobTitlesAndMastersAreWrittenFromTheirForms() {
        viewModel.categoryForm().nameProperty().set("Волосы");
        viewModel.saveCategory();
        viewModel.jobTitleForm().nameProperty().set("Топ-стилист");
        viewModel.saveJobTitle();
        MasterForm form = viewModel.masterForm();
        form.nameProperty().set("Вера");
        form.jobTitleProperty().set(viewModel.jobTitles().stream().filter(t -> t.name().equals("Топ-стилист"))
                .findFirst().orElseThrow());
        form.choosePhoto(new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        viewModel.saveMaster();

        assertThat(viewModel.categories()).extracting(c -> c.name()).contains("Волосы");
        MasterRow vera = viewModel.masters().stream().filter(m -> m.name().equals("Вера")).findFirst()
                .orElseThrow();
        assertThat(vera.photo()).hasSize(4);
        assertThat(viewModel.jobTitles().stream().filter(t -> t.id() == vera.jobTitleId()).findFirst()
                .orElseThrow().name()).isEqualTo("Топ-стилист");
    }

    @Test
    void aPhotoTooLargeIsMarkedAndTheMasterIsNotWritten() {
        MasterForm form = viewModel.masterForm();
        form.nameProperty().set("Вера");
        form.choosePhoto(new byte[MasterRow.MAX_PHOTO_BYTES + 1]);
        assertThat(form.photoProblem().get()).contains("2");
        assertThat(form.validProperty().get()).isFalse();

        viewModel.saveMaster();

        assertThat(desk.masters().masters(salon.branch)).noneMatch(m -> m.name().equals("Вера"));
        form.choosePhoto(new byte[MasterRow.MAX_PHOTO_BYTES]);
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void switchingTheBranchEmptiesTheFormsSoNothingSavesIntoTheOtherBranch() {
        long second = desk.branches().createBranch("Лаванда на Арбате", "Арбат, 5");
        viewModel.start();
        viewModel.serviceForm().edit(service(salon.haircut), null);
        viewModel.pickCell(master(salon.olga), service(salon.haircut));

        viewModel.branchProperty().set(viewModel.branches().stream().filter(b -> b.id() == second).findFirst()
                .orElseThrow());

        assertThat(viewModel.serviceForm().idProperty().get()).isZero();
        assertThat(viewModel.serviceForm().titleProperty().get()).isEmpty();
        assertThat(viewModel.ownTerms().masterProperty().get()).isNull();
        assertThat(viewModel.services()).isEmpty();
        viewModel.start();
        assertThat(viewModel.branchProperty().get().id()).as("coming back keeps the branch chosen")
                .isEqualTo(second);
    }

    @Test
    void theMatrixShowsTheOfferedServicesOfTheChosenCategory() {
        long nails = desk.serviceCatalog().createCategory(salon.branch, "Ногти", null);
        long pedicure = desk.serviceCatalog().createService(salon.branch, nails, "Педикюр", null, new BigDecimal("2500"), 60);
        viewModel.reload();
        viewModel.setServiceActive(service(salon.manicure), false);
        assertThat(viewModel.matrixServices()).extracting(ServiceRow::title)
                .as("blocked services leave the matrix").containsExactly("Педикюр", "Стрижка");

        viewModel.matrixCategoryProperty().set(viewModel.categories().stream().filter(c -> c.id() == nails)
                .findFirst().orElseThrow());
        assertThat(viewModel.matrixServices()).extracting(ServiceRow::id).containsExactly(pedicure);
        viewModel.setProvides(master(salon.pavel), service(pedicure), true);
        assertThat(viewModel.matrixServices()).as("a reload keeps the category").extracting(ServiceRow::id)
                .containsExactly(pedicure);

        viewModel.matrixCategoryProperty().set(null);
        assertThat(viewModel.matrixServices()).hasSize(2);
    }

    @Test
    void aFormWithEditsIsDirtyUntilSavedOrDiscarded() {
        assertThat(viewModel.dirty()).isFalse();
        viewModel.serviceForm().edit(service(salon.haircut), null);
        assertThat(viewModel.dirty()).as("a service shown, not changed").isFalse();
        String title = service(salon.haircut).title();
        viewModel.serviceForm().titleProperty().set("Стрижка модельная");
        assertThat(viewModel.dirty()).isTrue();
        viewModel.discard();
        assertThat(viewModel.serviceForm().titleProperty().get()).isEqualTo(title);
        assertThat(viewModel.dirty()).isFalse();

        viewModel.categoryForm().nameProperty().set("Брови");
        viewModel.serviceForm().titleProperty().set("Стрижка модельная");
        assertThat(viewModel.canSave()).isTrue();
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(desk.serviceCatalog().services(salon.branch)).extracting(ServiceRow::title)
                .contains("Стрижка модельная");
        assertThat(viewModel.categories()).extracting(category -> category.name()).contains("Брови");

        viewModel.masterForm().nameProperty().set(" ");
        assertThat(viewModel.dirty()).isTrue();
        assertThat(viewModel.canSave()).as("a new master without a name").isFalse();
    }
}
