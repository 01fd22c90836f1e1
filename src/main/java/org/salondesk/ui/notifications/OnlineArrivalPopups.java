package org.salondesk.ui.notifications;

import java.util.List;

import javafx.scene.Node;

import org.salondesk.i18n.Messages;
import org.salondesk.notification.OnlineArrival;

/**
 * Pops up each online request as it arrives, over the window of {@code anchor} (the status bar's bell): the client,
 * the services, the master and the time; a click opens the request card. More at once pop up as one, as the bell's do.
 */
public final class OnlineArrivalPopups {

    private static final int MOST_POPUPS = 3;

    private OnlineArrivalPopups() {
    }

    public static void install(OnlineArrivalsViewModel viewModel, Node anchor) {
        viewModel.setOnArrived(arrived -> popUp(viewModel, anchor, arrived));
    }

    private static void popUp(OnlineArrivalsViewModel viewModel, Node anchor, List<OnlineArrival> arrived) {
        String title = Messages.get("notification.online.title");
        if (arrived.size() > MOST_POPUPS) {
            DeskPopups.show(anchor, title, Messages.get("notification.many", arrived.size()),
                    () -> viewModel.open(arrived.get(0)));
            return;
        }
        arrived.forEach(arrival -> DeskPopups.show(anchor, title, viewModel.text(arrival),
                () -> viewModel.open(arrival)));
    }
}
