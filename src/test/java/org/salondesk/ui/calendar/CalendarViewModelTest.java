package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.changes.TouchedBooking;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoHistory;

class CalendarViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private CalendarViewModel viewModel;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = viewModelOn(desk);
    }

    private CalendarViewModel viewModelOn(SalonDesk on) {
        NoticeBoard notices = new NoticeBoard(new UndoHistory());
        BookingDetailsViewModel details = new BookingDetailsViewModel(on.bookingQueries(), on.booking(), on.tasks(),
                BackgroundExecutor.sameThread(), notices, clock);
        BookingDialogs dialogs = BookingDialogs.of(on.booking(), on.availability(), on.clients(),
                BackgroundExecutor.sameThread(), clock);
        return new CalendarViewModel(on.booking(), on.bookingQueries(), on.availability(),
                BackgroundExecutor.sameThread(), notices, details, dialogs, clock);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    void showsTodayWithAColumnPerMasterAndTheirBookings() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);

        viewModel.start();

        CalendarSnapshot snapshot = viewModel.snapshotProperty().get();
        assertThat(snapshot.from()).isEqualTo(TODAY);
        assertThat(snapshot.to()).isEqualTo(TODAY);
        assertThat(snapshot.columns()).extracting(EmployeeInfo::name).containsExactly("Ольга", "Павел");
        assertThat(snapshot.bookingsOf(salon.olga)).singleElement().satisfies(booking -> {
            assertThat(booking.id()).isEqualTo(booked.id());
            assertThat(booking.clientName()).isEqualTo("Анна Смирнова");
            assertThat(booking.services()).isEqualTo("Стрижка");
            assertThat(booking.status()).isEqualTo(BookingStatus.NEW);
        });
        assertThat(snapshot.bookingsOf(salon.pavel)).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void schedulesComeFromTheAvailabilityServiceWithDaysOffAndBreaks() {
        desk.schedules().addDayOff(salon.pavel, TODAY);
        desk.schedules().addBreak(salon.olga, TODAY, LocalTime.of(14, 0), LocalTime.of(14, 30));

        viewModel.start();

        CalendarSnapshot snapshot = viewModel.snapshotProperty().get();
        assertThat(snapshot.schedules().get(salon.pavel).workingDay(TODAY)).isEmpty();
        assertThat(snapshot.schedules().get(salon.pavel).isDayOff(TODAY)).isTrue();
        assertThat(snapshot.schedules().get(salon.olga).workingDay(TODAY)).hasValueSatisfying(day -> {
            assertThat(day.shift()).isEqualTo(TimeSpan.of(LocalTime.of(9, 0), LocalTime.of(18, 0)));
            assertThat(day.breaks()).containsExactly(TimeSpan.of(LocalTime.of(14, 0), LocalTime.of(14, 30)));
        });
    }

    @Test
    void navigatesByDayAndBackToToday() {
        viewModel.start();

        viewModel.next();
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY.plusDays(1));
        viewModel.previous();
        viewModel.previous();
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY.minusDays(1));
        viewModel.today();
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY);
    }

    @Test
    void weekLayoutShowsOneMasterFromMondayToSunday() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(10, 0),
                salon.pavel, salon.anna);
        viewModel.start();

        EmployeeInfo pavel = viewModel.masters().stream().filter(m -> m.id() == salon.pavel).findFirst().orElseThrow();
        viewModel.showWeekOf(pavel);

        CalendarSnapshot snapshot = viewModel.snapshotProperty().get();
        LocalDate monday = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(snapshot.from()).isEqualTo(monday);
        assertThat(snapshot.to()).isEqualTo(monday.plusDays(6));
        assertThat(snapshot.columns()).extracting(EmployeeInfo::id).containsExactly(salon.pavel);
        assertThat(snapshot.bookingsOf(salon.pavel)).hasSize(1);

        viewModel.next();
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(monday.plusWeeks(1));
    }

    @Test
    void aFailureShowsInTheUsersWords() {
        viewModel.start();
        desk.close();

        viewModel.reload();
        assertThat(viewModel.errorProperty().get()).isNotEmpty().doesNotContain("Exception");
        assertThat(viewModel.loadingProperty().get()).isFalse();

        desk = TestDatabases.freshDesk(clock); // so that the test's clean-up has an open desk to close
    }

    @Test
    void aLaterDeskChangeShowsOnReload() {
        viewModel.start();
        assertThat(viewModel.snapshotProperty().get().bookings()).isEmpty();

        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(12, 0), null,
                salon.anna);
        viewModel.reload();

        assertThat(viewModel.snapshotProperty().get().bookings()).hasSize(1);
    }

    @Test
    void anEmptyDatabaseSaysSoInsteadOfShowingNothing() {
        SalonDesk empty = TestDatabases.freshDesk(clock);
        try {
            CalendarViewModel emptyView = viewModelOn(empty);
            emptyView.start();
            assertThat(emptyView.errorProperty().get()).isNotEmpty();
            assertThat(emptyView.loadingProperty().get()).isFalse();
        } finally {
            empty.close();
        }
    }

    @Test
    void aMoveGoesThroughTheBookingServiceAndCanBeUndone() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();
        BookingSummary shown = viewModel.snapshotProperty().get().bookingsOf(salon.olga).get(0);

        viewModel.move(shown, salon.pavel, TODAY, LocalTime.of(15, 0));

        BookingInfo moved = desk.booking().getActiveBookingInfo(booked.id());
        assertThat(moved.masterId()).isEqualTo(salon.pavel);
        assertThat(moved.time()).isEqualTo(LocalTime.of(15, 0));
        assertThat(viewModel.snapshotProperty().get().bookingsOf(salon.pavel)).hasSize(1);
        Notice notice = viewModel.notices().currentProperty().get();
        assertThat(viewModel.notices().history().steps()).hasSize(1);
        assertThat(notice.text()).contains("15:00").contains("Павел");

        viewModel.notices().undo();

        BookingInfo back = desk.booking().getActiveBookingInfo(booked.id());
        assertThat(back.masterId()).isEqualTo(salon.olga);
        assertThat(back.time()).isEqualTo(LocalTime.of(11, 0));
        assertThat(viewModel.snapshotProperty().get().bookingsOf(salon.olga)).hasSize(1);
    }

    @Test
    void aRefusedMoveStaysWhereItWasAndSaysWhy() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(15, 0), salon.pavel,
                salon.anna);
        BookingInfo manicure = desk.booking().createBooking(salon.branch, List.of(salon.manicure), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();
        BookingSummary shown = viewModel.snapshotProperty().get().bookingsOf(salon.olga).get(0);

        // Pavel does not do manicure; and 15:00 is taken anyway.
        viewModel.move(shown, salon.pavel, TODAY, LocalTime.of(12, 0));
        assertThat(viewModel.notices().currentProperty().get().error()).isTrue();
        assertThat(viewModel.notices().currentProperty().get().text()).contains("Павел");

        viewModel.move(shown, salon.olga, TODAY, LocalTime.of(17, 0));
        assertThat(viewModel.notices().currentProperty().get().error()).isTrue();

        BookingInfo unchanged = desk.booking().getActiveBookingInfo(manicure.id());
        assertThat(unchanged.masterId()).isEqualTo(salon.olga);
        assertThat(unchanged.time()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void monthLayoutCountsBookingsPerDayWithoutCancelledOnes() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(10, 0), salon.pavel,
                salon.anna);
        BookingInfo cancelled = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(3),
                LocalTime.of(10, 0), salon.pavel, salon.anna);
        desk.booking().cancelBooking(salon.branch, cancelled.id());
        viewModel.start();

        viewModel.modeProperty().set(CalendarMode.MONTH);

        CalendarSnapshot snapshot = viewModel.snapshotProperty().get();
        assertThat(snapshot.from()).isEqualTo(TODAY.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        assertThat(snapshot.days()).isEqualTo(42);
        assertThat(viewModel.bookingCounts()).containsExactly(Map.entry(TODAY, 2L));

        viewModel.showDay(TODAY.plusDays(3));
        assertThat(viewModel.modeProperty().get()).isEqualTo(CalendarMode.DAY);
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void selectingABookingShowsItsDetails() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();

        viewModel.selectedProperty().set(viewModel.snapshotProperty().get().bookings().get(0));

        assertThat(viewModel.details().detailsProperty().get().id()).isEqualTo(booked.id());
        assertThat(viewModel.details().detailsProperty().get().clientName()).isEqualTo("Анна Смирнова");
        viewModel.selectedProperty().set(null);
        assertThat(viewModel.details().detailsProperty().get()).isNull();
    }

    @Test
    void cancelledBookingsLeaveTheColumnsUnlessAskedFor() {
        BookingInfo cancelled = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        desk.booking().cancelBooking(salon.branch, cancelled.id());
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(11, 0), salon.olga,
                salon.anna);
        viewModel.start();
        CalendarSnapshot snapshot = viewModel.snapshotProperty().get();

        assertThat(viewModel.shownBookingsOf(snapshot, salon.olga)).singleElement()
                .satisfies(booking -> assertThat(booking.status()).isEqualTo(BookingStatus.NEW));
        viewModel.showCancelledProperty().set(true);
        assertThat(viewModel.shownBookingsOf(snapshot, salon.olga)).hasSize(2);
    }
    @Test
    void theDetailsBesideTheCalendarFollowAMovedBooking() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();
        viewModel.selectedProperty().set(viewModel.snapshotProperty().get().bookingsOf(salon.olga).get(0));
        assertThat(viewModel.details().detailsProperty().get().start()).isEqualTo(LocalTime.of(11, 0));

        viewModel.move(viewModel.selectedProperty().get(), salon.pavel, TODAY, LocalTime.of(15, 0));

        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(booked.id());
        assertThat(viewModel.details().detailsProperty().get().start()).isEqualTo(LocalTime.of(15, 0));
        assertThat(viewModel.details().detailsProperty().get().masterName()).isEqualTo("Павел");
    }

    @Test
    void aMoveOntoAMasterWhoIsOffSaysSo() {
        desk.schedules().addDayOff(salon.pavel, TODAY);
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(11, 0), salon.olga,
                salon.anna);
        viewModel.start();
        BookingSummary shown = viewModel.snapshotProperty().get().bookingsOf(salon.olga).get(0);

        viewModel.move(shown, salon.pavel, TODAY, LocalTime.of(12, 0));

        Notice notice = viewModel.notices().currentProperty().get();
        assertThat(notice.error()).isTrue();
        assertThat(notice.text()).contains("Павел does not work on");
        // Past her hours on a day she works, her hours are named.
        viewModel.move(shown, salon.olga, TODAY, LocalTime.of(17, 30));
        assertThat(viewModel.notices().currentProperty().get().text()).contains("Ольга works 09:00–18:00");
        assertThat(desk.booking().getActiveBookingInfo(shown.id()).time()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void ctrlZTakesMovesBackAtAnyTimeNewestFirstAndSaysWhatWasUndone() {
        BookingInfo first = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        BookingInfo second = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(13, 0), salon.pavel, salon.anna);
        viewModel.start();
        viewModel.move(summary(first.id()), salon.pavel, TODAY, LocalTime.of(15, 0));
        viewModel.move(summary(second.id()), salon.pavel, TODAY, LocalTime.of(16, 30));
        // Other notices come and go: the moves can still be taken back.
        viewModel.booked(desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1),
                LocalTime.of(10, 0), salon.olga, salon.anna), () -> { });
        viewModel.notices().dismiss();

        viewModel.notices().undo();

        assertThat(desk.booking().getActiveBookingInfo(second.id()).time()).isEqualTo(LocalTime.of(13, 0));
        assertThat(desk.booking().getActiveBookingInfo(first.id()).time()).isEqualTo(LocalTime.of(15, 0));
        assertThat(viewModel.notices().currentProperty().get().text())
                .startsWith("Undone: booking " + second.number() + " moved back to").contains("13:00", "Павел");

        viewModel.notices().undo();

        BookingInfo back = desk.booking().getActiveBookingInfo(first.id());
        assertThat(back.masterId()).isEqualTo(salon.olga);
        assertThat(back.time()).isEqualTo(LocalTime.of(11, 0));
        assertThat(viewModel.notices().history().steps()).isEmpty();
    }

    @Test
    void undoOfAMoveWhoseTimeWasTakenSaysWhyAndTheStepsBeforeItStayUndoable() {
        BookingInfo first = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(10, 0), salon.pavel, salon.anna);
        BookingInfo second = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();
        viewModel.move(summary(first.id()), salon.pavel, TODAY, LocalTime.of(12, 0));
        viewModel.move(summary(second.id()), salon.olga, TODAY, LocalTime.of(14, 0));
        // Another desk books Olga's 11:00 meanwhile.
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(11, 0), salon.olga,
                salon.anna);

        viewModel.notices().undo();

        Notice refused = viewModel.notices().currentProperty().get();
        assertThat(refused.error()).isTrue();
        assertThat(refused.text()).contains("Cannot undo", Long.toString(second.number()), "taken", "14:00");
        assertThat(desk.booking().getActiveBookingInfo(second.id()).time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(viewModel.notices().history().steps()).hasSize(1);

        viewModel.notices().undo();

        assertThat(desk.booking().getActiveBookingInfo(first.id()).time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(viewModel.notices().currentProperty().get().error()).isFalse();
    }

    @Test
    void theHistoryKeepsAtLeastTheLastTenSteps() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(9, 0), salon.olga, salon.anna);
        viewModel.start();
        for (int hour = 10; hour <= 16; hour++) {
            viewModel.move(summary(booked.id()), salon.olga, TODAY, LocalTime.of(hour, 0));
            viewModel.move(summary(booked.id()), salon.olga, TODAY, LocalTime.of(hour, 30));
        }
        assertThat(viewModel.notices().history().steps()).hasSizeGreaterThanOrEqualTo(10);

        // Back through the list to ten steps ago in one go: 16:30 → … → 11:30.
        viewModel.notices().undoTo(viewModel.notices().history().steps().get(9));

        assertThat(desk.booking().getActiveBookingInfo(booked.id()).time()).isEqualTo(LocalTime.of(11, 30));
        assertThat(viewModel.notices().history().steps()).hasSize(4);
    }

    @Test
    void aDragThatMovesNothingSaysWhy() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();

        viewModel.dragRefused(summary(booked.id()));
        assertThat(viewModel.notices().currentProperty().get().text()).contains("drop it on a master's column");

        desk.booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        desk.booking().changeStatus(booked.id(), BookingStatus.ARRIVED, null);
        viewModel.reload();
        viewModel.dragRefused(summary(booked.id()));
        assertThat(viewModel.notices().currentProperty().get().text()).contains("Arrived cannot be moved");
        assertThat(viewModel.notices().currentProperty().get().error()).isTrue();
    }

    private Change bookedAt(BookingInfo booking, long master, LocalDate date) {
        return Change.of(List.of(new TouchedBooking(booking.id(), salon.branch, master, date)));
    }

    @Test
    void aBookingMadeElsewhereShowsWhenItsChangeComesWithoutTheLoadingSign() {
        viewModel.start();
        List<Boolean> loading = new ArrayList<>();
        viewModel.loadingProperty().addListener((obs, old, now) -> loading.add(now));

        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.pavel, salon.anna);
        viewModel.changed(bookedAt(booked, salon.pavel, TODAY));

        assertThat(viewModel.snapshotProperty().get().bookingsOf(salon.pavel)).extracting(BookingSummary::id)
                .containsExactly(booked.id());
        assertThat(loading).isEmpty();
    }

    @Test
    void aChangeOfAnotherDayOrBranchReadsNothing() {
        viewModel.start();
        CalendarSnapshot shown = viewModel.snapshotProperty().get();
        // Booked without a word to the calendar: only reading the day again would show it.
        BookingInfo unseen = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.pavel, salon.anna);

        viewModel.changed(Change.of(List.of(new TouchedBooking(unseen.id() + 1, salon.branch, salon.olga,
                TODAY.plusDays(1)))));
        viewModel.changed(Change.of(List.of(new TouchedBooking(unseen.id() + 1, salon.branch + 1, salon.olga,
                TODAY))));
        viewModel.changed(Change.of(ChangeKind.TASKS));

        assertThat(viewModel.snapshotProperty().get()).isSameAs(shown);
        viewModel.changed(bookedAt(unseen, salon.pavel, TODAY));
        assertThat(viewModel.snapshotProperty().get().bookingsOf(salon.pavel)).hasSize(1);
    }

    @Test
    void inTheMonthOnlyTheDaysTouchedAreReadAndTheyComeOutAsAWholeReadingWould() {
        viewModel.start();
        viewModel.modeProperty().set(CalendarMode.MONTH);
        // Days within the six weeks shown, whatever today is.
        LocalDate day = TODAY.plusDays(1);
        LocalDate target = TODAY.plusDays(2);
        LocalDate other = TODAY.plusDays(3);
        BookingInfo moved = desk.booking().createBooking(salon.branch, List.of(salon.haircut), day,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        viewModel.reload();
        // Booked on another day without a word: reading only the days touched leaves it out.
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), other, LocalTime.of(10, 0), salon.pavel,
                salon.anna);

        desk.booking().moveBooking(moved.id(), salon.olga, target, LocalTime.of(12, 0));
        viewModel.changed(Change.of(List.of(new TouchedBooking(moved.id(), salon.branch, salon.olga, day),
                new TouchedBooking(moved.id(), salon.branch, salon.olga, target))));

        CalendarSnapshot refreshed = viewModel.snapshotProperty().get();
        assertThat(refreshed.bookings()).extracting(BookingSummary::id).containsExactly(moved.id());
        assertThat(refreshed.bookings().get(0).date()).isEqualTo(target);
        assertThat(viewModel.bookingCounts()).doesNotContainKey(other);

        // Told about the other day too, the calendar holds exactly what reading the whole month gives.
        viewModel.changed(Change.of(List.of(new TouchedBooking(0, salon.branch, salon.pavel, other))));
        CalendarSnapshot partly = viewModel.snapshotProperty().get();
        assertThat(viewModel.bookingCounts()).containsEntry(other, 1L);
        viewModel.reload();
        assertThat(viewModel.snapshotProperty().get()).isSameAs(partly);
    }

    @Test
    void theSelectedBookingsDetailsFollowAChangeElsewhereAndKeepANoteBeingTyped() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.start();
        viewModel.selectedProperty().set(summary(booked.id()));
        viewModel.details().noteProperty().set("Просит мастера Ольгу");

        desk.booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        viewModel.changed(bookedAt(booked, salon.olga, TODAY));

        assertThat(viewModel.details().detailsProperty().get().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(viewModel.selectedProperty().get().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(viewModel.details().noteProperty().get()).isEqualTo("Просит мастера Ольгу");
    }

    @Test
    void aNewMasterElsewhereGetsAColumn() {
        viewModel.start();

        long vera = desk.masters().createMaster(salon.branch, "Вера", null, null);
        viewModel.changed(Change.of(ChangeKind.CATALOG));

        assertThat(viewModel.masters()).extracting(EmployeeInfo::id).contains(vera);
        assertThat(viewModel.snapshotProperty().get().columns()).extracting(EmployeeInfo::id).contains(vera);
    }

    private BookingSummary summary(long bookingId) {
        return viewModel.snapshotProperty().get().bookings().stream().filter(b -> b.id() == bookingId).findFirst()
                .orElseThrow();
    }
}
