package org.salondesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.util.Duration;

import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingDetails;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.calendar.CalendarView;
import org.salondesk.ui.calendar.CalendarViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.requests.RequestsView;
import org.salondesk.ui.requests.RequestsViewModel;
import org.salondesk.ui.shell.ShellView;
import org.salondesk.ui.shell.ShellViewModel;

/** The one place where the desk's screens are put together: ViewModels on the services, Views on the ViewModels. */
final class AppWiring {

    static final String CALENDAR = "calendar";
    static final String REQUESTS = "requests";
    /** The screens, in the order of the navigation. */
    static final List<String> SCREENS = List.of(CALENDAR, REQUESTS);

    /** How often the badge of new online requests is counted again. */
    private static final Duration NEW_REQUESTS_EVERY = Duration.seconds(15);

    private final ShellViewModel shell;
    private final DesktopActions desktop;
    private final CalendarViewModel calendar;
    private final RequestsViewModel requests;

    AppWiring(SalonDesk desk, BackgroundExecutor background, Clock clock, DesktopActions desktop,
              ShellViewModel shell) {
        this.shell = shell;
        this.desktop = desktop;
        NoticeBoard calendarNotices = new NoticeBoard();
        BookingDetailsViewModel calendarDetails = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
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
                calendarNotices, calendarDetails, dialogs, clock);

        NoticeBoard requestNotices = new NoticeBoard();
        BookingDetailsViewModel card = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(), background,
                requestNotices, clock);
        card.setOnOpenInCalendar(this::openInCalendar);
        this.requests = new RequestsViewModel(desk.booking(), desk.requestQueries(), background, requestNotices, card,
                clock);
        shell.screenProperty().addListener((obs, old, screen) -> {
            if (REQUESTS.equals(screen)) {
                requests.start();
            } else if (CALENDAR.equals(screen)) {
                calendar.reload();
            }
        });
    }

    private void openInCalendar(BookingDetails booking) {
        shell.screenProperty().set(CALENDAR);
        calendar.reveal(booking.branchId(), booking.date(), booking.id());
    }

    void install(ShellView view) {
        view.addScreen(CALENDAR, "nav.calendar", new CalendarView(calendar, desktop));
        view.addScreen(REQUESTS, "nav.requests", new RequestsView(requests, desktop),
                Bindings.createStringBinding(() -> requests.newCountProperty().get() == 0 ? ""
                        : requests.newCountProperty().get() + " ⚠", requests.newCountProperty()));
    }

    /** Starts the screens: the calendar shows, the requests count their new ones for the badge (and keep counting). */
    void start() {
        calendar.start();
        requests.start();
        Timeline newRequests = new Timeline(new KeyFrame(NEW_REQUESTS_EVERY, event -> requests.refreshNewCount()));
        newRequests.setCycleCount(Animation.INDEFINITE);
        newRequests.play();
    }

    CalendarViewModel calendar() {
        return calendar;
    }

    RequestsViewModel requests() {
        return requests;
    }
}
