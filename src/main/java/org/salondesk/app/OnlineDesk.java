package org.salondesk.app;

import java.time.Clock;
import java.util.function.LongConsumer;

import javafx.scene.Node;

import org.salondesk.SalonDesk;
import org.salondesk.apikey.BookingServerSwitch;
import org.salondesk.changes.Change;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.notifications.OnlineArrivalPopups;
import org.salondesk.ui.notifications.OnlineArrivalsViewModel;
import org.salondesk.ui.settings.ApiKeysViewModel;
import org.salondesk.ui.settings.OnlineBookingView;
import org.salondesk.ui.settings.OnlineBookingViewModel;

/**
 * The desk's side of online booking, put together: Settings → Online booking (the server and its API keys), the
 * server started with the desk when the settings say so, and the popups of online requests as they arrive.
 */
final class OnlineDesk {

    private final BookingServerSwitch serverSwitch;
    private final OnlineBookingViewModel server;
    private final ApiKeysViewModel keys;
    private final OnlineArrivalsViewModel arrivals;

    OnlineDesk(SalonDesk desk, BackgroundExecutor background, Clock clock, LongConsumer openRequest) {
        this.serverSwitch = new DeskBookingServer(desk.databaseLink().url(), clock);
        NoticeBoard notices = new NoticeBoard();
        this.server = new OnlineBookingViewModel(desk.onlineBooking(), desk.branches(), serverSwitch, background,
                notices);
        this.keys = new ApiKeysViewModel(desk.apiKeys(), background, notices, clock);
        this.arrivals = new OnlineArrivalsViewModel(desk.onlineArrivals(), background);
        arrivals.setOnOpen(openRequest);
    }

    /** The Settings screen is opened: the tab reads what it shows. */
    void startSettings() {
        server.start();
        keys.start();
    }

    /** The desk has started: the server too, when it is on. */
    void start() {
        server.startServerIfOn();
    }

    /** The desk closes: so does its server, before the database. */
    void stopServer() {
        if (serverSwitch.isRunning()) {
            serverSwitch.stop();
        }
    }

    /** A change told by the feed, on the UI thread. */
    void changed(Change change) {
        arrivals.changed(change);
    }

    Node settingsTab() {
        return new OnlineBookingView(server, keys);
    }

    /** The online requests pop up over the window of {@code anchor}, which is answered. */
    <N extends Node> N popUpOver(N anchor) {
        OnlineArrivalPopups.install(arrivals, anchor);
        return anchor;
    }

    OnlineBookingViewModel server() {
        return server;
    }

    ApiKeysViewModel keys() {
        return keys;
    }
}
