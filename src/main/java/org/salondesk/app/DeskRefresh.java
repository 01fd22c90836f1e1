package org.salondesk.app;

import static org.salondesk.app.DeskScreens.CALENDAR;
import static org.salondesk.app.DeskScreens.CLIENTS;
import static org.salondesk.app.DeskScreens.REQUESTS;
import static org.salondesk.app.DeskScreens.TASKS;

import java.util.Map;

import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.ui.calendar.CalendarViewModel;
import org.salondesk.ui.clients.ClientsViewModel;
import org.salondesk.ui.common.UndoHistory;
import org.salondesk.ui.notifications.NotificationBellViewModel;
import org.salondesk.ui.requests.RequestsViewModel;
import org.salondesk.ui.shell.ShellViewModel;
import org.salondesk.ui.tasks.TasksViewModel;

/**
 * What the desk's screens read again, and when: a screen when it is opened, the shown one when the database changes,
 * all of them after a restore or for another user, the badges (and the waiting list's matching) always. Screens not shown read when next opened.
 */
final class DeskRefresh {

    private final ShellViewModel shell;
    private final UndoHistory undo;
    private final CalendarViewModel calendar;
    private final RequestsViewModel requests;
    private final TasksViewModel tasks;
    private final ClientsViewModel clients;
    private final NotificationBellViewModel bell;
    private final OnlineDesk online;
    /** Matches the waiting list again (where the signed-in role may): its screen, its badge, and the desk told. */
    private final Runnable waitlist;
    /** What each screen reads when it is opened. */
    private final Map<String, Runnable> starts;

    DeskRefresh(ShellViewModel shell, UndoHistory undo, CalendarViewModel calendar, RequestsViewModel requests,
                TasksViewModel tasks, ClientsViewModel clients, NotificationBellViewModel bell, OnlineDesk online,
                Runnable waitlist, Map<String, Runnable> starts) {
        this.shell = shell;
        this.undo = undo;
        this.calendar = calendar;
        this.requests = requests;
        this.tasks = tasks;
        this.clients = clients;
        this.bell = bell;
        this.online = online;
        this.waitlist = waitlist;
        this.starts = Map.copyOf(starts);
    }

    /** A screen reads what it shows when it is opened. */
    void startScreen(String screen) {
        Runnable start = screen == null ? null : starts.get(screen);
        if (start != null) {
            start.run();
        }
    }

    /**
     * The database now holds other records (a restored copy, here or at another desk) or someone else signed in:
     * every screen reads again, and Undo forgets what it could take back, since those records may now be other ones,
     * gone, or not hers.
     */
    void readAll() {
        undo.clear();
        calendar.reload();
        requests.refreshNewCount();
        tasks.refreshWaiting();
        waitlist.run();
        String shown = shell.screenProperty().get();
        if (!CALENDAR.equals(shown)) {
            startScreen(shown);
        }
    }

    /**
     * The database server answers again after an outage: the calendar, the request list and the badges read again.
     * Screens with forms keep what was typed; they read again when next opened.
     */
    void readAgain() {
        calendar.reload();
        requests.refreshNewCount();
        tasks.refreshWaiting();
        waitlist.run();
        if (REQUESTS.equals(shell.screenProperty().get())) {
            requests.start();
        }
    }

    /**
     * Something changed in the database, on this desk or another: the screen shown reads again what it shows of it
     * (screens not shown read when they are opened), and the badges count again. A form being filled in is kept.
     */
    void changed(Change change) {
        String shown = shell.screenProperty().get();
        if (CALENDAR.equals(shown)) {
            calendar.changed(change);
        }
        if (CLIENTS.equals(shown)) {
            clients.changed(change);
        }
        if (REQUESTS.equals(shown)) {
            requests.changed(change);
        } else if (change.touches(ChangeKind.BOOKINGS)) {
            requests.refreshNewCount();
        }
        if (change.touches(ChangeKind.BOOKINGS)) {
            bell.refresh();
            online.changed(change);
        }
        // Time may have freed (a cancellation, a move, a day off removed, a new shift): every desk matches at once.
        if (change.touches(ChangeKind.BOOKINGS) || change.touches(ChangeKind.SCHEDULES)
                || change.touches(ChangeKind.CATALOG)) {
            waitlist.run();
        }
        if (change.touches(ChangeKind.TASKS)) {
            if (TASKS.equals(shown) && !tasks.dirty()) {
                tasks.reload();
            } else {
                tasks.refreshWaiting();
            }
        }
    }

    /** Tasks changed elsewhere (someone else at the desk, tasks the desk made): the list or the badge reads again. */
    void tasksChanged() {
        if (TASKS.equals(shell.screenProperty().get())) {
            tasks.start();
        } else {
            tasks.refreshWaiting();
        }
    }
}
