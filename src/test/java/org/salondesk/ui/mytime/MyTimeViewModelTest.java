package org.salondesk.ui.mytime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.DayStep;
import org.salondesk.availability.TimeSpan;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** A master's My time on her own signed-in desk: her days off, and breaks only in the free steps of a day. */
class MyTimeViewModelTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DAY = TODAY.plusDays(2);

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk trusted;
    private SalonDesk olgasDesk;
    private SmallSalon salon;
    private MyTimeViewModel viewModel;

    @BeforeEach
    void open() {
        String url = TestDatabases.freshUrl();
        trusted = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(trusted);
        long olgaUser = trusted.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        trusted.staff().setPassword(olgaUser, "olga-password".toCharArray());
        olgasDesk = SalonDesk.open(url, clock);
        olgasDesk.signIn("olga", "olga-password".toCharArray());
        viewModel = new MyTimeViewModel(olgasDesk.schedules(), olgasDesk.availability(),
                BackgroundExecutor.sameThread(), new NoticeBoard(), clock);
        viewModel.setMaster(salon.olga);
        viewModel.start();
    }

    @AfterEach
    void close() {
        olgasDesk.close();
        trusted.close();
    }

    private StepChoice step(String start) {
        return viewModel.steps().stream().filter(choice -> choice.step().span().startTime()
                .equals(LocalTime.parse(start))).findFirst().orElseThrow();
    }

    private void tick(String... starts) {
        for (String start : starts) {
            step(start).chosenProperty().set(true);
        }
    }

    private List<TimeSpan> olgasBreaksOn(LocalDate date) {
        return trusted.schedules().breaks(salon.olga, date).stream().filter(pause -> pause.date().equals(date))
                .map(pause -> TimeSpan.of(pause.start(), pause.end())).toList();
    }

    @Test
    void herDaysOffAreListedAddedAsARangeAndRemoved() {
        viewModel.offFromProperty().set(DAY);
        assertThat(viewModel.offToProperty().get()).as("the range follows its first day").isEqualTo(DAY);
        viewModel.offToProperty().set(DAY.plusDays(2));
        viewModel.addDaysOff();

        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.daysOff()).extracting(DayOffRow::date)
                .containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
        assertThat(trusted.schedules().daysOff(salon.olga, TODAY)).hasSize(3);

        viewModel.removeDayOff(viewModel.daysOff().get(1));
        assertThat(viewModel.daysOff()).extracting(DayOffRow::date).containsExactly(DAY, DAY.plusDays(2));
        assertThat(trusted.schedules().daysOff(salon.pavel, TODAY)).as("nobody else's").isEmpty();
    }

    @Test
    void aDayShowsInStepsWhereTheOnesWithBookingsCannotBeTickedAndSeveralFreeOnesBecomeBreaksAtOnce() {
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        viewModel.dayProperty().set(DAY);

        assertThat(viewModel.steps()).hasSize(18);
        assertThat(step("10:00").choosable()).isFalse();
        assertThat(step("10:30").step().kind()).isEqualTo(DayStep.Kind.BOOKED);
        step("10:00").chosenProperty().set(true);
        assertThat(step("10:00").chosenProperty().get()).as("a booked step cannot be ticked").isFalse();

        tick("09:00", "09:30", "13:00");
        viewModel.saveBreaks();

        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(olgasBreaksOn(DAY)).containsExactly(TimeSpan.of(LocalTime.of(9, 0), LocalTime.of(10, 0)),
                TimeSpan.of(LocalTime.of(13, 0), LocalTime.of(13, 30)));
        assertThat(viewModel.breaks()).extracting(BreakRow::start).containsExactly(LocalTime.of(9, 0),
                LocalTime.of(13, 0));
        assertThat(step("09:30").step().kind()).isEqualTo(DayStep.Kind.BREAK);
        assertThat(viewModel.steps()).noneMatch(choice -> choice.chosenProperty().get());

        viewModel.removeBreak(viewModel.breaks().get(0));
        assertThat(olgasBreaksOn(DAY)).containsExactly(TimeSpan.of(LocalTime.of(13, 0), LocalTime.of(13, 30)));
        assertThat(step("09:00").choosable()).isTrue();
    }

    @Test
    void aBookingMadeMeanwhileRefusesTheWholeChoiceAndTheDayIsReadAgain() {
        viewModel.dayProperty().set(DAY);
        tick("09:00", "15:00");
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(15, 0), salon.olga,
                salon.anna);

        viewModel.saveBreaks();

        assertThat(viewModel.errorProperty().get()).isNotEmpty();
        assertThat(olgasBreaksOn(DAY)).as("none of them").isEmpty();
        assertThat(step("15:00").choosable()).isFalse();
        assertThat(step("09:00").choosable()).isTrue();
    }

    @Test
    void nothingTickedSaysSoAndADayOffShowsNoSteps() {
        viewModel.dayProperty().set(DAY);
        viewModel.saveBreaks();
        assertThat(viewModel.errorProperty().get()).isNotEmpty();

        viewModel.offFromProperty().set(DAY);
        viewModel.addDaysOff();
        viewModel.dayProperty().set(DAY.plusDays(1));
        viewModel.dayProperty().set(DAY);
        assertThat(viewModel.steps()).isEmpty();
    }

    @Test
    void withoutAMasterTheScreenReadsAndWritesNothing() {
        viewModel.setMaster(null);
        viewModel.start();
        viewModel.addDaysOff();
        assertThat(viewModel.daysOff()).isEmpty();
        assertThat(viewModel.steps()).isEmpty();
        assertThat(trusted.schedules().daysOff(salon.olga, TODAY)).isEmpty();
    }
}
