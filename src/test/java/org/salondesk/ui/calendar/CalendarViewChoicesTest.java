package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.schedule.ConflictDecision;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

/** How the calendar shows things: masters who are off, the zoom, the hours of a day, the month's days. */
class CalendarViewChoicesTest {

    private final LocalDate today = TestToday.date();
    private final MutableClock clock = TestToday.at(8, 0);
    private final ViewPreferences preferences = ViewPreferences.inMemory();
    private SalonDesk desk;
    private SmallSalon salon;
    private CalendarViewModel viewModel;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = viewModel();
    }

    private CalendarViewModel viewModel() {
        NoticeBoard notices = new NoticeBoard();
        BookingDetailsViewModel details = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                desk.tasks(), BackgroundExecutor.sameThread(), notices, clock);
        return new CalendarViewModel(desk.booking(), desk.bookingQueries(), desk.availability(),
                BackgroundExecutor.sameThread(), notices, details, (BookingDialogs) null, clock, preferences);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private List<Long> shownColumns() {
        return viewModel.shownColumns(viewModel.snapshotProperty().get()).stream().map(EmployeeInfo::id).toList();
    }

    @Test
    void aMasterWhoIsOffLeavesTheDayColumnsWhenAskedAndComesBack() {
        desk.schedules().addDayOff(salon.pavel, today);
        viewModel.start();
        assertThat(shownColumns()).containsExactly(salon.olga, salon.pavel);

        viewModel.hideMastersOffProperty().set(true);
        assertThat(shownColumns()).containsExactly(salon.olga);
        // The next day Pavel works again.
        viewModel.next();
        assertThat(shownColumns()).containsExactly(salon.olga, salon.pavel);
        viewModel.previous();
        assertThat(shownColumns()).containsExactly(salon.olga);

        viewModel.hideMastersOffProperty().set(false);
        assertThat(shownColumns()).containsExactly(salon.olga, salon.pavel);
    }

    @Test
    void aMasterWhoIsOffButHasBookingsStaysAndWhenNobodyWorksEverybodyShows() {
        LocalDate tomorrow = today.plusDays(1);
        BookingInfo kept = desk.booking().createBooking(salon.branch, List.of(salon.haircut), tomorrow,
                LocalTime.of(11, 0), salon.pavel, salon.anna);
        desk.schedules().apply(new ScheduleChange.DaysOff(salon.pavel, tomorrow, tomorrow, null),
                Map.of(kept.id(), new ConflictDecision.Keep()));
        desk.schedules().addDayOff(salon.olga, today.plusDays(2));
        desk.schedules().addDayOff(salon.pavel, today.plusDays(2));
        viewModel.hideMastersOffProperty().set(true);
        viewModel.start();

        viewModel.next();
        assertThat(shownColumns()).as("Pavel is off but has a booking").containsExactly(salon.olga, salon.pavel);
        viewModel.next();
        assertThat(shownColumns()).as("nobody works").containsExactly(salon.olga, salon.pavel);
    }

    @Test
    void hidingMastersWhoAreOffIsRememberedForTheNextStart() {
        assertThat(viewModel.hideMastersOffProperty().get()).isFalse();

        viewModel.hideMastersOffProperty().set(true);

        assertThat(viewModel().hideMastersOffProperty().get()).isTrue();
        viewModel.hideMastersOffProperty().set(false);
        assertThat(viewModel().hideMastersOffProperty().get()).isFalse();
    }

    @Test
    void theZoomStaysBetweenTheWholeDayAndAQuarterOfIt() {
        assertThat(viewModel.zoom().zoomProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.zoom().canZoomOut()).isFalse();
        viewModel.zoom().zoomOut();
        assertThat(viewModel.zoom().zoomProperty().get()).isEqualTo(1.0);

        viewModel.zoom().zoomIn();
        assertThat(viewModel.zoom().zoomProperty().get()).isEqualTo(1.25);
        for (int i = 0; i < 20; i++) {
            viewModel.zoom().zoomIn();
        }
        assertThat(viewModel.zoom().zoomProperty().get()).isEqualTo(4.0);
        assertThat(viewModel.zoom().canZoomIn()).isFalse();
        assertThat(viewModel.zoom().canZoomOut()).isTrue();
        assertThat(viewModel().zoom().zoomProperty().get()).as("remembered").isEqualTo(4.0);

        viewModel.zoom().reset();
        assertThat(viewModel.zoom().zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aZoomStoredWrongOrOutOfBoundsStartsAtTheNearestLevel() {
        preferences.put(CalendarZoom.PREFERENCE, "not a number");
        assertThat(viewModel().zoom().zoomProperty().get()).isEqualTo(1.0);
        preferences.put(CalendarZoom.PREFERENCE, "40");
        assertThat(viewModel().zoom().zoomProperty().get()).isEqualTo(4.0);
        preferences.put(CalendarZoom.PREFERENCE, "-3");
        assertThat(viewModel().zoom().zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theDayShowsEveryShiftAndBookingEvenOutsideEightToTen() {
        LocalDate early = today.plusDays(1);
        desk.schedules().setDatedShift(salon.olga, early, LocalTime.of(7, 0), LocalTime.of(22, 30));
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), early, LocalTime.of(7, 0), salon.olga,
                salon.anna);
        viewModel.start();
        assertThat(viewModel.hoursOf(viewModel.snapshotProperty().get())).isEqualTo(new DayHours(8, 22));

        viewModel.next();

        assertThat(viewModel.hoursOf(viewModel.snapshotProperty().get())).isEqualTo(new DayHours(7, 23));
    }

    @Test
    void theMonthMarksTodayByTheDesksClockAndCountsBookingsAndFreeHours() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), today, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        viewModel.start();

        viewModel.modeProperty().set(CalendarMode.MONTH);

        List<MonthDay> days = viewModel.monthDays();
        assertThat(days).hasSize(42);
        assertThat(days).filteredOn(MonthDay::today).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(today);
            assertThat(day.inMonth()).isTrue();
            assertThat(day.bookings()).isEqualTo(1);
            // 08:00 now: two masters 09:00–18:00, one hour of it booked.
            assertThat(day.freeMinutes()).isEqualTo(2 * 9 * 60 - 60);
        });
        assertThat(days).filteredOn(day -> day.date().isBefore(today))
                .allSatisfy(day -> assertThat(day.freeMinutes()).isNull());
        assertThat(days).filteredOn(day -> day.inMonth()).allSatisfy(day ->
                assertThat(day.date().getMonth()).isEqualTo(today.getMonth()));
        assertThat(viewModel.snapshotProperty().get().mode()).isEqualTo(CalendarMode.MONTH);
    }
}
