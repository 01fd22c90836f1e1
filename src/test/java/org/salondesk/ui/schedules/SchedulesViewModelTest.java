package org.salondesk.ui.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

class SchedulesViewModelTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private final AtomicInteger changes = new AtomicInteger();
    private SalonDesk desk;
    private SmallSalon salon;
    private SchedulesViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new SchedulesViewModel(desk.schedules(), desk.availability(), desk.booking(),
                desk.bookingQueries(), BackgroundExecutor.sameThread(), new NoticeBoard(), clock);
        viewModel.setOnChanged(started -> changes.incrementAndGet());
        viewModel.start();
        viewModel.masterProperty().set(viewModel.masters().stream().filter(m -> m.id() == salon.olga)
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void showsTheMastersWeekAndHerMonthAsComputed() {
        assertThat(viewModel.week()).hasSize(7).allSatisfy(row -> {
            assertThat(row.workingProperty().get()).isTrue();
            assertThat(row.startProperty().get()).isEqualTo(LocalTime.of(9, 0));
        });
        MonthPlan plan = viewModel.planProperty().get();
        assertThat(plan.month()).isEqualTo(YearMonth.from(TODAY));
        assertThat(plan.day(TODAY).shift()).isEqualTo(TimeSpan.of(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }

    @Test
    void aWeekdayEditReachesAvailabilityAndTheMonth() {
        viewModel.monthProperty().set(YearMonth.from(TOMORROW));
        WeekdayRow tomorrows = viewModel.week().stream().filter(row -> row.day() == TOMORROW.getDayOfWeek())
                .findFirst().orElseThrow();
        tomorrows.startProperty().set(LocalTime.of(12, 0));
        viewModel.applyWeekday(tomorrows);

        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TOMORROW, salon.olga, 60)
                .get(0)).isEqualTo(LocalTime.of(12, 0));
        assertThat(viewModel.planProperty().get().day(TOMORROW).shift().startTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(changes).hasValue(1);

        tomorrows.workingProperty().set(false);
        viewModel.applyWeekday(tomorrows);
        assertThat(viewModel.planProperty().get().day(TOMORROW).working()).isFalse();
    }

    @Test
    void aLunchBreakLeavesTheSlotsOfThatDate() {
        viewModel.breakForm().dateProperty().set(TOMORROW);
        viewModel.breakForm().startProperty().set(LocalTime.of(13, 0));
        viewModel.breakForm().endProperty().set(LocalTime.of(14, 0));

        viewModel.addBreak();

        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TOMORROW, salon.olga, 60))
                .doesNotContain(LocalTime.of(13, 0)).contains(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(viewModel.breaks()).hasSize(1);
        viewModel.removeBreak(viewModel.breaks().get(0));
        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TOMORROW, salon.olga, 60))
                .contains(LocalTime.of(13, 0));
    }

    @Test
    void aDayOffOverABookingAsksFirstAndGivingUpWritesNothing() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        viewModel.daysOffForm().fromProperty().set(TOMORROW);
        viewModel.daysOffForm().toProperty().set(TOMORROW);

        viewModel.addDaysOff();

        ConflictsViewModel conflicts = viewModel.conflictsProperty().get();
        assertThat(conflicts).isNotNull();
        assertThat(conflicts.rows()).singleElement()
                .satisfies(row -> assertThat(row.conflict().bookingId()).isEqualTo(booked.id()));
        // Pavel is free then and does haircuts: he is offered as a place to move to.
        assertThat(conflicts.rows().get(0).moveTargets()).isNotEmpty()
                .allSatisfy(target -> assertThat(target.masterId()).isEqualTo(salon.pavel));
        assertThat(viewModel.daysOff()).isEmpty();

        viewModel.conflictsClosed(false);

        assertThat(viewModel.conflictsProperty().get()).isNull();
        assertThat(desk.schedules().daysOff(salon.olga, TODAY)).isEmpty();
        assertThat(desk.booking().getActiveBookingInfo(booked.id())).isEqualTo(booked);
        assertThat(changes).hasValue(0);
    }

    @Test
    void theConflictsDialogAppliesTheChangeWithEachDecision() {
        BookingInfo moved = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        BookingInfo cancelled = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW,
                LocalTime.of(12, 0), salon.olga, salon.anna);
        viewModel.daysOffForm().fromProperty().set(TOMORROW);
        viewModel.addDaysOff();
        ConflictsViewModel conflicts = viewModel.conflictsProperty().get();
        ConflictRow first = conflicts.rows().get(0);
        ConflictRow second = conflicts.rows().get(1);

        first.choiceProperty().set(ConflictRow.Choice.MOVE);
        assertThat(conflicts.canApplyBinding().get()).isFalse();
        first.moveToProperty().set(first.moveTargets().get(0));
        second.choiceProperty().set(ConflictRow.Choice.CANCEL);
        assertThat(conflicts.canApplyBinding().get()).isFalse();
        second.cancelReasonProperty().set("Мастер на больничном");
        assertThat(conflicts.canApplyBinding().get()).isTrue();

        conflicts.apply();

        assertThat(conflicts.appliedProperty().get()).isTrue();
        viewModel.conflictsClosed(true);
        assertThat(desk.booking().getActiveBookingInfo(moved.id()).masterId()).isEqualTo(salon.pavel);
        assertThat(desk.booking().getActiveBookingInfo(cancelled.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(viewModel.daysOff()).hasSize(1);
        assertThat(changes).hasValue(1);
    }

    @Test
    void aRotationAndARecurringBreakShowInTheMonth() {
        // A first day on and a day off two days later, both in the month shown.
        LocalDate on = YearMonth.from(TOMORROW).equals(YearMonth.from(TOMORROW.plusDays(2))) ? TOMORROW
                : TOMORROW.plusDays(3);
        viewModel.monthProperty().set(YearMonth.from(on));
        viewModel.rotationForm().anchorProperty().set(on);
        viewModel.rotationForm().daysOnProperty().set(2);
        viewModel.rotationForm().daysOffProperty().set(2);
        viewModel.addRotation();
        viewModel.recurringBreakForm().fromProperty().set(TODAY);
        viewModel.addRecurringBreak();

        MonthPlan plan = viewModel.planProperty().get();
        assertThat(plan.day(on).working()).isTrue();
        assertThat(plan.day(on.plusDays(2)).working()).isFalse();
        assertThat(plan.day(on).breaks()).containsExactly(TimeSpan.of(LocalTime.of(14, 0),
                LocalTime.of(14, 30)));
        assertThat(viewModel.rotations()).hasSize(1);
        assertThat(viewModel.recurringBreaks()).hasSize(1);
    }

    @Test
    void aRefusalShowsInTheUsersWords() {
        viewModel.daysOffForm().fromProperty().set(TOMORROW);
        viewModel.daysOffForm().toProperty().set(TODAY.minusDays(3));
        viewModel.addDaysOff();
        assertThat(viewModel.errorProperty().get()).isNotEmpty().doesNotContain("Exception");
    }

    @Test
    void editedWeekdaysAreDirtyAndSavedOrDiscardedTogether() {
        WeekdayRow tomorrows = viewModel.week().stream().filter(row -> row.day() == TOMORROW.getDayOfWeek())
                .findFirst().orElseThrow();
        LocalTime start = tomorrows.startProperty().get();
        assertThat(viewModel.dirty()).isFalse();
        tomorrows.startProperty().set(LocalTime.of(12, 0));
        assertThat(viewModel.dirty()).isTrue();
        viewModel.discard();
        assertThat(tomorrows.startProperty().get()).isEqualTo(start);
        assertThat(viewModel.dirty()).isFalse();

        tomorrows.startProperty().set(LocalTime.of(12, 0));
        viewModel.week().stream().filter(row -> row.day() == TOMORROW.getDayOfWeek().plus(1)).findFirst()
                .orElseThrow().workingProperty().set(false);
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TOMORROW, salon.olga, 60)
                .get(0)).isEqualTo(LocalTime.of(12, 0));
        assertThat(desk.schedules().weeklyTemplate(salon.olga))
                .noneMatch(shift -> shift.day() == TOMORROW.getDayOfWeek().plus(1));
    }

    @Test
    void savingEditsThatStrandABookingAsksAboutItAndStays() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        viewModel.week().stream().filter(row -> row.day() == TOMORROW.getDayOfWeek()).findFirst().orElseThrow()
                .startProperty().set(LocalTime.of(12, 0));
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(viewModel.conflictsProperty().get()).isNotNull();
        assertThat(saved[0]).isFalse();
    }
}
