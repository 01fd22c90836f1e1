package org.salondesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.util.Duration;

import org.salondesk.SalonDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.salondesk.ui.schedules.SchedulesView;
import org.salondesk.ui.schedules.SchedulesViewModel;
import org.salondesk.ui.shell.ShellView;
import org.salondesk.ui.shell.ShellViewModel;

/** The one place where the desk's screens are put together: ViewModels on the services, Views on the ViewModels. */
final class AppWiring {

    static final String CALENDAR = "calendar";
    static final String REQUESTS = "requests";
    static final String SCHEDULES = "schedules";
    /** The screens, in the order of the navigation. */
    static final List<String> SCREENS = List.of(CALENDAR, REQUESTS, SCHEDULES);

    private static final Logger LOG = LoggerFactory.getLogger(AppWiring.class);

    /** How often the badge of new online requests is counted again. */
    private static final Duration NEW_REQUESTS_EVERY = Duration.seconds(15);

    private final ShellViewModel shell;
    private final DesktopActions desktop;
    private final CalendarViewModel calendar;
    private final RequestsViewModel requests;
    private final SchedulesViewModel schedules;

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
        this.schedules = new SchedulesViewModel(desk.schedules(), desk.availability(), desk.booking(),
                desk.bookingQueries(), background, new NoticeBoard(), clock);
        schedules.setOnChanged(savedNanos -> calendar.reload(shown -> Platform.runLater(() -> LOG.info(
                "Schedule change shown in the calendar {} ms after Save",
                (System.nanoTime() - savedNanos) / 1_000_000))));
        shell.screenProperty().addListener((obs, old, screen) -> {
            if (SCHEDULES.equals(screen)) {
                schedules.start();
            } else if (REQUESTS.equals(screen)) {
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
        view.addScreen(SCHEDULES, "nav.schedules", new SchedulesView(schedules));
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

    SchedulesViewModel schedules() {
        return schedules;
    }
}
