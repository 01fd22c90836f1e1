package org.salondesk.ui.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.i18n.Messages;
import org.salondesk.notification.OnlineArrival;
import org.salondesk.notification.OnlineArrivals;
import org.salondesk.ui.common.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online requests as they arrive: each change of bookings the feed tells is asked which of its bookings are online
 * requests just made and still new, and each of those is handed on once to pop up (the desk's own bookings are never
 * online ones). What the feed tells as "anything may have changed" (its start, a reconnection) pops nothing up.
 */
public final class OnlineArrivalsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineArrivalsViewModel.class);
    /** How many announced requests are remembered, so that none pops up twice. */
    private static final int REMEMBERED = 1000;

    private final OnlineArrivals arrivals;
    private final BackgroundExecutor background;
    private final Set<Long> announced = new LinkedHashSet<>();
    private Consumer<List<OnlineArrival>> onArrived = arrived -> { };
    private LongConsumer onOpen = bookingId -> { };

    public OnlineArrivalsViewModel(OnlineArrivals arrivals, BackgroundExecutor background) {
        this.arrivals = arrivals;
        this.background = background;
    }

    /** Something changed (on the UI thread): new online requests among its bookings pop up. */
    public void changed(Change change) {
        if (change.isEverything() || !change.touches(ChangeKind.BOOKINGS) || change.bookingIds().isEmpty()) {
            return;
        }
        Set<Long> ids = change.bookingIds();
        background.run(() -> arrivals.among(ids), found -> {
            List<OnlineArrival> fresh = found.stream().filter(arrival -> announced.add(arrival.bookingId())).toList();
            while (announced.size() > REMEMBERED) {
                announced.remove(announced.iterator().next());
            }
            if (!fresh.isEmpty()) {
                onArrived.accept(fresh);
            }
        }, failure -> LOG.warn("Could not read the online requests that arrived", failure));
    }

    /** The popup's words: "client: services, master, date time". */
    public String text(OnlineArrival arrival) {
        return Messages.get("notification.online.text", arrival.client(), arrival.services(), arrival.master(),
                Messages.dateTimeFormatter().format(arrival.date().atTime(arrival.start())));
    }

    /** Opens the request card of {@code arrival}. */
    public void open(OnlineArrival arrival) {
        onOpen.accept(arrival.bookingId());
    }

    public void setOnArrived(Consumer<List<OnlineArrival>> onArrived) {
        this.onArrived = onArrived;
    }

    public void setOnOpen(LongConsumer onOpen) {
        this.onOpen = onOpen;
    }
}
