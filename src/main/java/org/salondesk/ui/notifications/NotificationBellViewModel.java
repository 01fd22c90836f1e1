package org.salondesk.ui.notifications;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.notification.Notification;
import org.salondesk.notification.Notifications;
import org.salondesk.ui.common.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bell: the signed-in user's latest notifications and how many she has not read. It reads again when bookings
 * change anywhere; what arrived since the last read is handed on to pop up, except at sign-in, when what waited for
 * her is only counted. Opening the list marks what it shows read.
 */
public final class NotificationBellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationBellViewModel.class);

    private final Notifications notifications;
    private final BackgroundExecutor background;
    private final ObservableList<Notification> latest = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
    private Consumer<List<Notification>> onArrived = arrived -> { };
    private Consumer<Notification> onOpen = notification -> { };
    /** The newest notification read so far; -1 until the first read after a sign-in. */
    private long newestKnown = -1;
    /** Which user's reads are wanted: a read started for the previous user is dropped. */
    private int generation;

    public NotificationBellViewModel(Notifications notifications, BackgroundExecutor background) {
        this.notifications = notifications;
        this.background = background;
    }

    private record Reading(List<Notification> latest, int unread) {
    }

    /** Someone else signed in: her bell, from nothing. */
    public void userChanged() {
        generation++;
        newestKnown = -1;
        latest.clear();
        unread.set(0);
        refresh();
    }

    /** Reads the bell again (bookings changed somewhere). */
    public void refresh() {
        int asked = generation;
        background.run(() -> new Reading(notifications.latest(), notifications.unreadCount()), reading -> {
            if (asked != generation) {
                return;
            }
            List<Notification> arrived = newestKnown < 0 ? List.of() : reading.latest().stream()
                    .filter(notification -> !notification.read() && notification.id() > newestKnown).toList();
            if (!reading.latest().isEmpty()) {
                newestKnown = Math.max(newestKnown, reading.latest().get(0).id());
            } else if (newestKnown < 0) {
                newestKnown = 0;
            }
            latest.setAll(reading.latest());
            unread.set(reading.unread());
            if (!arrived.isEmpty()) {
                onArrived.accept(arrived);
            }
        }, failure -> LOG.warn("Could not read the notifications", failure));
    }

    /** The list was opened: what it shows is read now (newer ones stay unread). */
    public void markAllRead() {
        if (latest.isEmpty() || unread.get() == 0) {
            return;
        }
        long upTo = latest.get(0).id();
        int asked = generation;
        background.run(() -> {
            notifications.markReadUpTo(upTo);
            return null;
        }, done -> {
            if (asked == generation) {
                refresh();
            }
        }, failure -> LOG.warn("Could not mark the notifications read", failure));
    }

    /** Shows the booking of {@code notification} (in the calendar). */
    public void open(Notification notification) {
        onOpen.accept(notification);
    }

    public ObservableList<Notification> latest() {
        return latest;
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** Hears the notifications that arrived since the last read, newest first (to pop them up). */
    public void setOnArrived(Consumer<List<Notification>> onArrived) {
        this.onArrived = onArrived;
    }

    public void setOnOpen(Consumer<Notification> onOpen) {
        this.onOpen = onOpen;
    }
}
