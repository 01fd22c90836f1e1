package org.salondesk.app;

import static org.salondesk.app.DeskScreens.AUDIT;
import static org.salondesk.app.DeskScreens.CALENDAR;
import static org.salondesk.app.DeskScreens.CATALOG;
import static org.salondesk.app.DeskScreens.CLIENTS;
import static org.salondesk.app.DeskScreens.MYTIME;
import static org.salondesk.app.DeskScreens.REQUESTS;
import static org.salondesk.app.DeskScreens.SCHEDULES;
import static org.salondesk.app.DeskScreens.SETTINGS;
import static org.salondesk.app.DeskScreens.STAFF;
import static org.salondesk.app.DeskScreens.TASKS;
import static org.salondesk.app.DeskScreens.WAITLIST;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;

import org.salondesk.SalonDesk;
import org.salondesk.access.Act;
import org.salondesk.access.StaffRole;
import org.salondesk.booking.BookingDetails;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.ConnectionProblems;
import org.salondesk.staff.StaffRow;
import org.salondesk.task.TaskRow;
import org.salondesk.ui.audit.AuditView;
import org.salondesk.ui.audit.AuditViewModel;
import org.salondesk.ui.backups.BackupsViewModel;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.calendar.CalendarFirstDay;
import org.salondesk.ui.calendar.CalendarView;
import org.salondesk.ui.calendar.DaySheetViewModel;
import org.salondesk.ui.calendar.CalendarViewModel;
import org.salondesk.ui.catalog.CatalogView;
import org.salondesk.ui.catalog.CatalogViewModel;
import org.salondesk.ui.catalog.ProductsViewModel;
import org.salondesk.ui.clients.AppointmentCardViewModel;
import org.salondesk.ui.clients.ClientsView;
import org.salondesk.ui.clients.ClientsViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.SheetOutput;
import org.salondesk.ui.common.SheetPrinter;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoHistory;
import org.salondesk.ui.common.ViewPreferences;
import org.salondesk.ui.mytime.MyTimeView;
import org.salondesk.ui.mytime.MyTimeViewModel;
import org.salondesk.ui.notifications.NotificationBellView;
import org.salondesk.ui.notifications.NotificationBellViewModel;
import org.salondesk.ui.reports.ReportsViewModel;
import org.salondesk.ui.requests.RequestsView;
import org.salondesk.ui.requests.RequestsViewModel;
import org.salondesk.ui.schedules.SchedulesView;
import org.salondesk.ui.schedules.SchedulesViewModel;
import org.salondesk.ui.settings.DeskRulesViewModel;
import org.salondesk.ui.shell.ConnectionView;
import org.salondesk.ui.shell.ConnectionViewModel;
import org.salondesk.ui.shell.ShellView;
import org.salondesk.ui.shell.ShellViewModel;
import org.salondesk.ui.staff.StaffView;
import org.salondesk.ui.staff.StaffViewModel;
import org.salondesk.ui.tasks.TasksView;
import org.salondesk.ui.tasks.TasksViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.waitlist.WaitingListView;
import org.salondesk.ui.waitlist.WaitingListViewModel;
import org.salondesk.ui.waitlist.WaitlistAddForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where the desk's screens are put together: ViewModels on the services, Views on the ViewModels. */
final class AppWiring {

    private static final Logger LOG = LoggerFactory.getLogger(AppWiring.class);

    private final ShellViewModel shell;
    private final DesktopActions desktop;
    /** Prints the receipts, day sheets, cards and reports the screens make. */
    private final SheetPrinter printer;
    private final Clock clock;
    private final CalendarViewModel calendar;
    private final RequestsViewModel requests;
    private final SchedulesViewModel schedules;
    private final TasksViewModel tasks;
    private final WaitingListViewModel waitlist;
    private final MyTimeViewModel myTime;
    private final ClientsViewModel clients;
    private final StaffViewModel staff;
    private final CatalogViewModel catalog;
    private final ProductsViewModel products;
    private final SettingsScreens settingsScreens;
    private final AuditViewModel audit;
    private final DaySheetViewModel daySheet;
    private final MoneyScreens money;
    private final ConnectionViewModel connection;
    private final NotificationBellViewModel bell;
    private final OnlineDesk online;
    private final ZoneId zone;
    private final UndoHistory undo;
    private final SalonDesk desk;
    private final BackgroundExecutor background;
    private final CheckoutWindows checkouts;
    private final DeskRefresh refresh;

    AppWiring(SalonDesk desk, BackgroundExecutor background, Clock clock, DesktopActions desktop,
              SheetPrinter printer, ShellViewModel shell, ViewPreferences preferences) {
        this.shell = shell;
        this.desktop = desktop;
        this.printer = printer;
        this.clock = clock;
        this.desk = desk;
        this.background = background;
        // One undo history for the screens that change bookings: Ctrl+Z takes back the desk's last step on either.
        this.undo = new UndoHistory();
        NoticeBoard calendarNotices = new NoticeBoard(undo);
        BookingDetailsViewModel calendarDetails = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                desk.tasks(), background, calendarNotices, clock);
        BookingDialogs dialogs = BookingDialogs.of(desk.booking(), desk.availability(), desk.clients(), background,
                clock);
        this.calendar = new CalendarViewModel(desk.booking(), desk.bookingQueries(), desk.availability(), background,
                calendarNotices, calendarDetails, dialogs, clock, preferences);

        this.daySheet = new DaySheetViewModel(desk.daySheets(), desk.bookingQueries(), background,
                SheetOutput.toNotices(background, printer, calendarNotices),
                calendar.branchProperty()::get, calendar.dateProperty()::get);

        NoticeBoard requestNotices = new NoticeBoard(undo);
        BookingDetailsViewModel card = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                desk.tasks(), background, requestNotices, clock);
        card.setOnOpenInCalendar(this::openInCalendar);
        this.requests = new RequestsViewModel(desk.booking(), desk.requestQueries(), background, requestNotices, card,
                clock, preferences);
        this.schedules = new SchedulesViewModel(desk.schedules(), desk.availability(), desk.booking(),
                desk.bookingQueries(), background, new NoticeBoard(), clock);
        shell.guard(SCHEDULES, schedules);
        schedules.setOnChanged(savedNanos -> calendar.reload(shown -> Platform.runLater(() -> LOG.info(
                "Schedule change shown in the calendar {} ms after Save",
                (System.nanoTime() - savedNanos) / 1_000_000))));
        this.tasks = new TasksViewModel(desk.tasks(), desk.staff(), desk.currentStaff(), background,
                new NoticeBoard(), clock);
        shell.guard(TASKS, tasks);
        for (BookingDetailsViewModel details : List.of(calendarDetails, card)) {
            details.setOnTasks(this::newTaskAbout, this::openTask);
        }
        tasks.setOnOpenBooking(this::openBooking);
        this.checkouts = new CheckoutWindows(desk, background, printer, List.of(calendarDetails, card),
                calendar::reload);
        this.clients = new ClientsViewModel(desk.clients(), desk.clientImport(), desk.tasks(), desk.staff(), background,
                new NoticeBoard());
        shell.guard(CLIENTS, clients);
        clients.links().setOnNewTask(client -> shell.navigate(TASKS, () -> tasks.newTaskAbout(client.client().id(),
                null, client.client().fullName() + ", " + PhoneNumbers.display(client.client().phone()))));
        // A staff user renamed or gone shows in the task list (its assignees).
        this.staff = new StaffViewModel(desk.staff(), desk.booking(), background, new NoticeBoard(),
                this::tasksChanged);
        shell.guard(STAFF, staff);
        this.catalog = new CatalogViewModel(desk.branches(), desk.serviceCatalog(), desk.masters(),
                desk.provisions(), desk.payRates(), desk.resources(), background, new NoticeBoard(),
                calendar::reload);
        shell.guard(CATALOG, catalog);
        this.products = new ProductsViewModel(desk.products(), background);
        products.follow(catalog.branchProperty());
        this.myTime = new MyTimeViewModel(desk.schedules(), desk.availability(), background, new NoticeBoard(),
                clock);
        this.money = new MoneyScreens(desk, background, printer, clock);
        this.audit = new AuditViewModel(desk.audit(), desk.staff(), background, new NoticeBoard(), clock);
        audit.setOnOpenBooking(this::openBooking);
        audit.setOnOpenClient(clientId -> shell.navigate(CLIENTS, () -> clients.reveal(clientId)));
        this.connection = new ConnectionViewModel(background, () -> {
            desk.databaseLink().ping();
            return null;
        }, ConnectionProblems.server(desk.databaseLink().url()));
        desk.databaseLink().whenConnectionLost(() -> Platform.runLater(connection::lost));
        this.waitlist = new WaitingListViewModel(desk.waitingList(), desk.waitlistMatching(),
                new WaitlistAddForm(desk.waitingList(), desk.booking(), desk.clients(), background, clock), background,
                (branchId, serviceIds, masterId, date, time, phone) -> BookingDialogViewModel.forWaitingList(
                        desk.booking(), desk.availability(), desk.clients(), background, branchId, serviceIds,
                        masterId, date, time, phone));
        waitlist.follow(calendar.branchProperty());
        clients.links().setOnAddToWaitingList(client -> {
            if (desk.currentStaff().may(Act.WAITING_LIST)) {
                shell.navigate(WAITLIST, () -> waitlist.form().forClient(PhoneNumbers.display(client.client().phone())));
            }
        });
        this.bell = new NotificationBellViewModel(desk.notifications(), background);
        bell.setOnOpen(told -> {
            if (told.bookingId() == null) {
                shell.navigate(WAITLIST, waitlist::refresh);
            } else {
                shell.navigate(CALENDAR, () -> calendar.reveal(told.branchId(), told.date(), told.bookingId()));
            }
        });
        this.online = new OnlineDesk(desk, background, clock,
                bookingId -> shell.navigate(REQUESTS, () -> requests.reveal(bookingId)));
        this.settingsScreens = new SettingsScreens(desk, background, clock, preferences, desktop, calendar::reload,
                online);
        shell.guard(SETTINGS, settingsScreens.settings());
        this.zone = clock.getZone();
        settingsScreens.backups().setOnNews(shell::troubled);
        Map<String, Runnable> screens = new HashMap<>(money.starts());
        screens.putAll(settingsScreens.starts());
        screens.putAll(Map.ofEntries(Map.entry(CALENDAR, calendar::reload), Map.entry(REQUESTS, requests::start),
                Map.entry(CLIENTS, clients::start), Map.entry(SCHEDULES, schedules::start),
                Map.entry(TASKS, tasks::start), Map.entry(WAITLIST, waitlist::start), Map.entry(MYTIME, myTime::start),
                Map.entry(STAFF, staff::start), Map.entry(CATALOG, () -> {
                    catalog.start();
                    products.reload();
                }), Map.entry(AUDIT, audit::start)));
        this.refresh = new DeskRefresh(shell, undo, calendar, requests, tasks, clients, bell, online,
                this::matchWaitlist, screens);
        // The calendar shown first has its first day in place: reading it again would slow its first layout.
        shell.screenProperty().addListener((obs, old, screen) -> {
            if (old != null || !CALENDAR.equals(screen)) {
                refresh.startScreen(screen);
            }
        });
        connection.setOnBack(refresh::readAgain);
        settingsScreens.backups().setOnRestored(refresh::readAll);
    }

    private void newTaskAbout(BookingDetails booking) {
        shell.navigate(TASKS, () -> tasks.newTaskAbout(booking.clientId(), booking.id(), booking.clientName() + ", "
                + PhoneNumbers.display(booking.clientPhone()) + "; " + Messages.get("tasks.booking", booking.number())));
    }

    private void openTask(TaskRow task) {
        shell.navigate(TASKS, () -> tasks.reveal(task));
    }

    private void openBooking(long bookingId) {
        background.run(() -> desk.bookingQueries().details(bookingId), this::openInCalendar,
                failure -> LOG.warn("Could not open booking {}", bookingId, failure));
    }

    private void openInCalendar(BookingDetails booking) {
        shell.navigate(CALENDAR, () -> calendar.reveal(booking.branchId(), booking.date(), booking.id()));
    }

    void install(ShellView view) {
        checkouts.ownedBy(view);
        view.addStatusItem(new ConnectionView(connection));
        view.addStatusItem(online.popUpOver(new NotificationBellView(bell, zone)));
        view.addScreen(CALENDAR, "nav.calendar", new CalendarView(calendar, desktop, daySheet));
        // Each screen but the first is built when first opened (the requests screen shows what its ViewModel has
        // read by then): start-up builds and styles only the calendar.
        view.addScreen(REQUESTS, "nav.requests", () -> new RequestsView(requests, desktop),
                Bindings.createStringBinding(() -> requests.newCountProperty().get() == 0 ? ""
                        : requests.newCountProperty().get() + " ⚠", requests.newCountProperty()));
        view.addScreen(CLIENTS, "nav.clients", () -> new ClientsView(clients, new AppointmentCardViewModel(
                SheetOutput.toNotices(background, printer, clients.notices()), clock, clients.cardProperty())), null);
        view.addScreen(SCHEDULES, "nav.schedules", () -> new SchedulesView(schedules), null);
        view.addScreen(TASKS, "nav.tasks", () -> new TasksView(tasks), Bindings.createStringBinding(() ->
                tasks.waitingProperty().get() == 0 ? "" : Integer.toString(tasks.waitingProperty().get()),
                tasks.waitingProperty()));
        view.addScreen(WAITLIST, "nav.waitlist", () -> new WaitingListView(waitlist), Bindings.createStringBinding(
                () -> waitlist.matchedCountProperty().get() == 0 ? ""
                        : Integer.toString(waitlist.matchedCountProperty().get()), waitlist.matchedCountProperty()));
        view.addScreen(MYTIME, "nav.mytime", () -> new MyTimeView(myTime), null);
        money.install(view);
        view.addScreen(STAFF, "nav.staff", () -> new StaffView(staff), null);
        view.addScreen(CATALOG, "nav.catalog", () -> new CatalogView(catalog, products), null);
        settingsScreens.install(view);
        view.addScreen(AUDIT, "nav.audit", () -> new AuditView(audit), null);
    }

    /**
     * The calendar reads its first day (without Hibernate, see decision 0015), or shows {@code first} when start-up read
     * it ahead; {@code then} runs on the UI thread once it is in place (or could not be read), so that the other
     * screens' reads do not stand in its way.
     */
    void startCalendar(CalendarFirstDay first, Runnable then) {
        calendar.start(first, then);
    }

    /**
     * Starts the other screens once the calendar shows: the requests count their new ones for the badge (and keep
     * counting).
     */
    void start() {
        requests.start();
        makeDueTasks();
        // What this desk and the others change shows on the screen at once (the feed starts listening here).
        desk.changes().subscribe(change -> background.onUiThread(() -> refresh.changed(change)));
        BackupsViewModel backups = settingsScreens.backups();
        backups.watch();
        online.start();
        // The desk opens: the waiting list is matched (and kept matched: entries expire as days pass).
        matchWaitlist();
        DeskRoutines.start(tasks::refreshWaiting, this::makeDueTasks, connection::tick, backups::watch,
                this::matchWaitlist);
        // Queued after the screens' first reads, so the copy does not hold up the calendar the desk waits for.
        backups.dailyCopy();
    }

    /** Matches the waiting list again where the signed-in role may use it (a master's desk does not). */
    private void matchWaitlist() {
        if (desk.currentStaff().may(Act.WAITING_LIST)) {
            waitlist.refresh();
        }
    }

    private void tasksChanged() {
        refresh.tasksChanged();
    }

    /**
     * Someone else signed in: the screens her role may not use go (the application refuses their writes anyway), and
     * what the screens show is read again as hers (a master's lists are her own).
     */
    void userChanged(StaffRow user) {
        showFor(user);
        bell.userChanged();
        refresh.readAll();
    }

    /**
     * The screens {@code user}'s role may use, before they start (the demo admin at start); a master's calendar and
     * My time are her own (no database read: the calendar's first frame does not wait for it).
     */
    void showFor(StaffRow user) {
        shell.hide(DeskScreens.hiddenFrom(user.role()), CALENDAR);
        Long own = user.role() == StaffRole.MASTER ? user.masterId() : null;
        calendar.setOwnMaster(own);
        myTime.setMaster(own);
    }

    /** The confirmation calls and follow-ups that are due, made once; then the badge counts again. */
    private void makeDueTasks() {
        background.run(() -> desk.autoTasks().makeDueTasks(), made -> {
            LOG.info("The desk made {} due tasks", made);
            tasksChanged();
        }, failure -> LOG.warn("Could not make the due tasks", failure));
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

    CatalogViewModel catalog() {
        return catalog;
    }

    ClientsViewModel clients() {
        return clients;
    }

    TasksViewModel tasks() {
        return tasks;
    }

    WaitingListViewModel waitlist() {
        return waitlist;
    }

    MyTimeViewModel myTime() {
        return myTime;
    }

    DeskRulesViewModel deskRules() {
        return settingsScreens.deskRules();
    }

    AuditViewModel audit() {
        return audit;
    }

    ReportsViewModel reports() {
        return money.reports();
    }

    BackupsViewModel backups() {
        return settingsScreens.backups();
    }

    OnlineDesk online() {
        return online;
    }

    ConnectionViewModel connection() {
        return connection;
    }
}
