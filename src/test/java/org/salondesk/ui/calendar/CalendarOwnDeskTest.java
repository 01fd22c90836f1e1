package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoHistory;

/** On a master's desk her column comes first and the other masters' are to look at only; the front desk as usual. */
class CalendarOwnDeskTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private NoticeBoard notices;
    private CalendarViewModel viewModel;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        notices = new NoticeBoard(new UndoHistory());
        BookingDetailsViewModel details = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                desk.tasks(), BackgroundExecutor.sameThread(), notices, clock);
        BookingDialogs dialogs = BookingDialogs.of(desk.booking(), desk.availability(), desk.clients(),
                BackgroundExecutor.sameThread(), clock);
        viewModel = new CalendarViewModel(desk.booking(), desk.bookingQueries(), desk.availability(),
                BackgroundExecutor.sameThread(), notices, details, dialogs, clock);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private List<Long> columns() {
        return viewModel.shownColumns(viewModel.snapshotProperty().get()).stream().map(EmployeeInfo::id).toList();
    }

    private BookingSummary shown(long bookingId) {
        return viewModel.snapshotProperty().get().bookings().stream().filter(b -> b.id() == bookingId).findFirst()
                .orElseThrow();
    }

    @Test
    void herColumnComesFirstAndTheOthersAreReadOnlyUntilTheFrontDeskSignsInAgain() {
        viewModel.start();
        assertThat(columns()).containsExactly(salon.olga, salon.pavel);

        viewModel.setOwnMaster(salon.pavel);

        assertThat(columns()).containsExactly(salon.pavel, salon.olga);
        assertThat(viewModel.weekMasterProperty().get().id()).as("the week layout shows hers").isEqualTo(salon.pavel);
        assertThat(viewModel.isReadOnly(salon.olga)).isTrue();
        assertThat(viewModel.isReadOnly(salon.pavel)).isFalse();

        viewModel.setOwnMaster(null);

        assertThat(columns()).containsExactly(salon.olga, salon.pavel);
        assertThat(viewModel.isReadOnly(salon.olga)).isFalse();
        assertThat(viewModel.isReadOnly(salon.pavel)).isFalse();
    }

    @Test
    void onHerDeskFreeTimeInAnotherColumnOpensNoBookingAndAnothersBookingDoesNotMove() {
        BookingInfo olgas = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.olga, salon.anna);
        viewModel.setOwnMaster(salon.pavel);
        viewModel.start();

        assertThat(viewModel.bookAt(salon.olga, TODAY, LocalTime.of(14, 0))).isNull();
        assertThat(notices.currentProperty().get().error()).isTrue();
        assertThat(viewModel.bookAt(salon.pavel, TODAY, LocalTime.of(14, 0))).isNotNull();

        BookingSummary booking = shown(olgas.id());
        assertThat(viewModel.mayChange(booking)).isFalse();
        viewModel.selectedProperty().set(booking);
        assertThat(viewModel.details().detailsProperty().get().id()).isEqualTo(olgas.id());
        assertThat(viewModel.details().actions()).as("no status step for another's booking").isEmpty();
        viewModel.details().cancelReasonProperty().set("клиент попросил");
        assertThat(viewModel.details().canCancelBinding().get()).isFalse();
        viewModel.move(booking, salon.pavel, TODAY, LocalTime.of(15, 0));
        viewModel.move(booking, salon.olga, TODAY, LocalTime.of(15, 0));

        assertThat(desk.bookingQueries().details(olgas.id()).masterId()).isEqualTo(salon.olga);
        assertThat(desk.bookingQueries().details(olgas.id()).start()).isEqualTo(LocalTime.of(11, 0));
        assertThat(notices.currentProperty().get().text()).isNotEmpty();
    }

    @Test
    void herOwnBookingStillMovesOnHerDesk() {
        BookingInfo pavels = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(11, 0), salon.pavel, salon.anna);
        viewModel.setOwnMaster(salon.pavel);
        viewModel.start();

        assertThat(viewModel.weekMasterProperty().get().id()).as("her week from the start").isEqualTo(salon.pavel);
        BookingSummary booking = shown(pavels.id());
        assertThat(viewModel.mayChange(booking)).isTrue();
        viewModel.selectedProperty().set(booking);
        assertThat(viewModel.details().actions()).isNotEmpty();
        viewModel.move(booking, salon.pavel, TODAY, LocalTime.of(15, 0));

        assertThat(desk.bookingQueries().details(pavels.id()).start()).isEqualTo(LocalTime.of(15, 0));
    }
}
