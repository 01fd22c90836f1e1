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
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The branch settings screen without a screen. */
class SettingsViewModelTest {

    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 26);

    private final MutableClock clock = MutableClock.at(LocalDate.of(2026, 11, 25).atTime(9, 0));
    private SalonDesk desk;
    private SmallSalon salon;
    private SettingsViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.memoryDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new SettingsViewModel(desk.catalog(), desk.autoTasks(), desk.clients(),
                BackgroundExecutor.sameThread(), new NoticeBoard(), () -> { }, clock);
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

        assertThat(desk.catalog().branchSettings(salon.branch).slotIntervalMinutes()).isEqualTo(60);
        assertThat(desk.catalog().branchSettings(salon.branch).timeZone().getId()).isEqualTo("Europe/Moscow");
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

        assertThat(desk.catalog().branchSettings(salon.branch).name()).isEqualTo("Лаванда");
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
                .isEqualTo(desk.catalog().branchSettings(salon.branch).timeZone().getId());

        viewModel.addressProperty().set("Тверская, 12");
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(desk.catalog().branchSettings(salon.branch).address()).isEqualTo("Тверская, 12");
    }

    @Test
    void aFormWithAProblemCannotBeSavedOnLeaving() {
        viewModel.slotIntervalProperty().set("0");
        assertThat(viewModel.dirty()).isTrue();
        assertThat(viewModel.canSave()).isFalse();
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(desk.catalog().branchSettings(salon.branch).slotIntervalMinutes()).isNotZero();
    }
}
