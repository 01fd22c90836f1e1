package org.salondesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.SalonDesk;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.calendar.CalendarView;
import org.salondesk.ui.calendar.CalendarViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.shell.ShellView;

/** The one place where the desk's screens are put together: ViewModels on the services, Views on the ViewModels. */
final class AppWiring {

    static final String CALENDAR = "calendar";

    private final CalendarViewModel calendar;

    AppWiring(SalonDesk desk, BackgroundExecutor background, Clock clock) {
        NoticeBoard calendarNotices = new NoticeBoard();
        BookingDetailsViewModel details = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                background, calendarNotices, clock);
        BookingDialogs dialogs = new BookingDialogs() {
            @Override
            public BookingDialogViewModel at(long branchId, long employeeId, LocalDate date, LocalTime time) {
                return BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(), desk.clients(),
                        background, branchId, employeeId, date, time);
            }

            @Override
            public BookingDialogViewModel walkIn(long branchId) {
                return BookingDialogViewModel.walkIn(desk.booking(), desk.availability(), desk.clients(), background,
                        clock, branchId);
            }
        };
        this.calendar = new CalendarViewModel(desk.booking(), desk.bookingQueries(), desk.availability(), background,
                calendarNotices, details, dialogs, clock);
    }

    void install(ShellView shell) {
        shell.addScreen(CALENDAR, "nav.calendar", new CalendarView(calendar));
    }

    CalendarViewModel calendar() {
        return calendar;
    }
}
