package org.salondesk.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.catalog.BranchRow;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

/** The first-run form without a screen, on an empty database. */
class FirstRunViewModelTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private final AtomicInteger ready = new AtomicInteger();
    private SalonDesk desk;
    private FirstRunViewModel form;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        form = new FirstRunViewModel(desk.branches(), BackgroundExecutor.sameThread(), clock, ready::incrementAndGet);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void startsFromThisPcsZoneAThirtyMinuteStepAndNineToNine() {
        assertThat(form.timeZoneProperty().get()).isEqualTo(clock.getZone().getId());
        assertThat(form.zones().get(0).value()).isEqualTo(clock.getZone().getId());
        assertThat(form.zones()).hasSizeGreaterThan(300)
                .noneMatch(zone -> zone.value().startsWith("ical4j~") || zone.value().startsWith("SystemV/"));
        assertThat(form.slotIntervalProperty().get()).isEqualTo("30");
        assertThat(form.opensProperty().get()).isEqualTo(LocalTime.of(9, 0));
        assertThat(form.closesProperty().get()).isEqualTo(LocalTime.of(21, 0));
        // Nothing is marked before the user has done anything.
        assertThat(form.markedProperty().get()).isFalse();
    }

    @Test
    void createsTheBranchAsTypedAndTheDeskOpens() {
        form.nameProperty().set("Лотос");
        form.addressProperty().set("Невский, 10");
        form.timeZoneProperty().set("Asia/Yekaterinburg");
        form.slotIntervalProperty().set("15");
        form.opensProperty().set(LocalTime.of(10, 0));
        form.closesProperty().set(LocalTime.of(20, 0));

        form.create();

        assertThat(ready).hasValue(1);
        assertThat(form.errorProperty().get()).isEmpty();
        BranchRow made = desk.branches().branches().get(0);
        assertThat(desk.branches().branchSettings(made.id())).isEqualTo(new BranchSettingsForm("Лотос",
                "Невский, 10", ZoneId.of("Asia/Yekaterinburg"), 15, 0, BranchSettingsForm.DEFAULT_BOOKING_DAYS_AHEAD,
                LocalTime.of(10, 0), LocalTime.of(20, 0)));
    }

    @Test
    void problemsAreMarkedWhereTheyAreAndNothingIsWritten() {
        form.slotIntervalProperty().set("7");
        form.timeZoneProperty().set("Mars/Olympus");
        form.closesProperty().set(LocalTime.of(8, 0));

        form.create();

        assertThat(ready).hasValue(0);
        assertThat(desk.branches().branches()).isEmpty();
        assertThat(form.markedProperty().get()).isTrue();
        assertThat(form.name().mark().get()).isEqualTo("Please fill in the name.");
        assertThat(form.slotInterval().mark().get()).contains("in steps of 5");
        assertThat(form.zoneProblem().get()).isEqualTo("A time zone such as Europe/Moscow.");
        assertThat(form.hoursProblem().get()).isEqualTo("The closing time comes after the opening time.");

        form.nameProperty().set("Лотос");
        form.slotIntervalProperty().set("20");
        form.timeZoneProperty().set("Europe/Moscow");
        form.closesProperty().set(LocalTime.of(19, 0));
        assertThat(form.markedProperty().get()).isFalse();
        form.create();
        assertThat(ready).hasValue(1);
    }

    @Test
    void aDatabaseAnotherDeskHasJustSetUpOpensAsItIs() {
        FirstRunViewModel other = new FirstRunViewModel(desk.branches(), BackgroundExecutor.sameThread(), clock,
                () -> { });
        other.nameProperty().set("Лаванда");
        other.create();

        form.nameProperty().set("Лотос");
        form.create();

        assertThat(ready).hasValue(1);
        assertThat(form.errorProperty().get()).isEqualTo("Another desk has just set up this database (Лаванда);"
                + " it opens now.");
        assertThat(desk.branches().branches()).extracting(BranchRow::name).containsExactly("Лаванда");
    }
}
