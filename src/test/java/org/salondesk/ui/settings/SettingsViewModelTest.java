package org.salondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.task.AutoTaskSettings;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The branch settings screen without a screen. */
class SettingsViewModelTest {

    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private SettingsViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new SettingsViewModel(desk.branches(), BackgroundExecutor.sameThread(), new NoticeBoard(),
                () -> { }, clock);
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void showsTheBranchAndSavesEverySettingWhereBookingAndTasksSeeIt() {
        assertThat(viewModel.nameProperty().get()).isEqualTo("Лаванда");
        viewModel.slotIntervalProperty().set("60");
        viewModel.timeZoneProperty().set("Europe/Moscow");
        viewModel.callBackAfterNoShowProperty().set(false);
        viewModel.followUpDaysProperty().set("");
        viewModel.suggestBlockAfterProperty().set("3");
        assertThat(viewModel.validProperty().get()).isTrue();

        viewModel.save();

        assertThat(desk.branches().branchSettings(salon.branch).slotIntervalMinutes()).isEqualTo(60);
        assertThat(desk.branches().branchSettings(salon.branch).timeZone().getId()).isEqualTo("Europe/Moscow");
        assertThat(desk.autoTasks().settings(salon.branch)).isEqualTo(new AutoTaskSettings(false, true, null));
        assertThat(desk.clients().suggestBlockAfter(salon.branch)).isEqualTo(3);
        List<LocalTime> slots = desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TOMORROW,
                salon.olga, null);
        assertThat(slots).allMatch(time -> time.getMinute() == 0);
    }

    @Test
    void wrongValuesAreMarkedAndNothingIsSaved() {
        viewModel.nameProperty().set(" ");
        viewModel.timeZoneProperty().set("Луна/Море");
        viewModel.slotIntervalProperty().set("0");
        viewModel.closesProperty().set(LocalTime.of(8, 0));
        viewModel.suggestBlockAfterProperty().set("50");
        assertThat(viewModel.nameProblem().get()).isNotEmpty();
        assertThat(viewModel.zoneProblem().get()).isNotEmpty();
        assertThat(viewModel.intervalProblem().get()).isNotEmpty();
        assertThat(viewModel.hoursProblem().get()).isNotEmpty();
        assertThat(viewModel.suggestBlockProblem().get()).isNotEmpty();
        assertThat(viewModel.validProperty().get()).isFalse();

        viewModel.save();

        assertThat(desk.branches().branchSettings(salon.branch).name()).isEqualTo("Лаванда");
    }

    @Test
    void numbersAreShownAndReadAsTheDesksLanguageWritesThem() {
        viewModel.daysAheadProperty().set("1,000");
        viewModel.leadMinutesProperty().set("1 440");
        assertThat(viewModel.daysAheadProblem().get()).isEmpty();
        assertThat(viewModel.leadProblem().get()).isEmpty();

        viewModel.save();

        assertThat(desk.branches().branchSettings(salon.branch).bookingDaysAhead()).isEqualTo(1000);
        assertThat(desk.branches().branchSettings(salon.branch).minLeadMinutes()).isEqualTo(1440);
        assertThat(viewModel.daysAheadProperty().get()).as("read back as English writes it").isEqualTo("1,000");
        assertThat(viewModel.leadMinutesProperty().get()).isEqualTo("1,440");
    }

    @Test
    void aValueTheBranchCannotHoldIsMarkedOnceLeftDisablesSaveAndIsNotSaved() {
        viewModel.leadMinutesProperty().set("99999999999");
        viewModel.addressProperty().set("Тверская ".repeat(60));
        assertThat(viewModel.leadProblem().get())
                .isEqualTo("Minimum lead time, minutes: a whole number from 0 to 10,080.");
        assertThat(viewModel.address().problem().get()).isEqualTo("Address: at most 500 characters.");
        assertThat(viewModel.markedProperty().get()).as("nothing left yet: nothing marked").isFalse();

        viewModel.leadMinutes().touch();

        assertThat(viewModel.leadMinutes().mark().get()).isNotEmpty();
        assertThat(viewModel.address().mark().get()).isEmpty();
        assertThat(viewModel.markedProperty().get()).as("Save is disabled while a mark shows").isTrue();
        viewModel.save();
        assertThat(viewModel.address().mark().get()).as("Save marks every problem").isNotEmpty();
        assertThat(desk.branches().branchSettings(salon.branch).minLeadMinutes()).isZero();
        assertThat(desk.branches().branchSettings(salon.branch).address()).isEqualTo("Тверская, 1");
    }

    @Test
    void theTimeZoneIsPickedFromAListWithThisPcsZoneFirst() {
        assertThat(viewModel.zones().get(0).value()).isEqualTo(clock.getZone().getId());
        assertThat(viewModel.zones()).anySatisfy(zone -> {
            assertThat(zone.value()).isEqualTo("Asia/Vladivostok");
            assertThat(zone.label()).isEqualTo("Asia/Vladivostok (UTC+10:00)");
        });
        assertThat(viewModel.zones()).filteredOn(zone -> zone.value().equals("Etc/UTC"))
                .singleElement().satisfies(zone -> assertThat(zone.label()).isEqualTo("Etc/UTC (UTC+00:00)"));
        assertThat(viewModel.zones().stream().map(zone -> zone.value()).distinct().count())
                .isEqualTo(viewModel.zones().size());
    }

    @Test
    void editsMakeTheFormDirtyUntilSavedOrDiscarded() {
        assertThat(viewModel.dirty()).isFalse();
        viewModel.nameProperty().set("Лаванда на Тверской");
        assertThat(viewModel.dirty()).isTrue();
        viewModel.nameProperty().set("Лаванда");
        assertThat(viewModel.dirty()).as("typed back as it was").isFalse();

        viewModel.slotIntervalProperty().set("45");
        viewModel.timeZoneProperty().set("Asia/Vladivostok");
        assertThat(viewModel.dirty()).isTrue();
        viewModel.discard();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(viewModel.slotIntervalProperty().get()).isEqualTo("30");
        assertThat(viewModel.timeZoneProperty().get())
                .isEqualTo(desk.branches().branchSettings(salon.branch).timeZone().getId());

        viewModel.addressProperty().set("Тверская, 12");
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(desk.branches().branchSettings(salon.branch).address()).isEqualTo("Тверская, 12");
    }

    @Test
    void aFormWithAProblemCannotBeSavedOnLeaving() {
        viewModel.slotIntervalProperty().set("0");
        assertThat(viewModel.dirty()).isTrue();
        assertThat(viewModel.canSave()).isFalse();
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(desk.branches().branchSettings(salon.branch).slotIntervalMinutes()).isNotZero();
    }
}
