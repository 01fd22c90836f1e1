package org.salondesk.ui.notifications;

import java.time.ZoneId;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import org.salondesk.i18n.Messages;
import org.salondesk.notification.Notification;

/**
 * The status bar's bell: the count of unread notifications, the latest ones in its menu (choosing one shows the
 * booking), and a popup in the window's corner for each that arrives while the desk is in use.
 */
public final class NotificationBellView extends MenuButton {

    /** More arriving at once than this pop up as one "n new notifications". */
    private static final int MOST_POPUPS = 3;

    private final NotificationBellViewModel viewModel;
    private final ZoneId zone;

    public NotificationBellView(NotificationBellViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
        setId("notification-bell");
        getStyleClass().add("notification-bell");
        setMinWidth(USE_PREF_SIZE);
        SVGPath bell = new SVGPath();
        bell.setContent("M8 1C5.2 1 3.5 3.3 3.5 6V9.5L2 11.5V12.5H14V11.5L12.5 9.5V6C12.5 3.3 10.8 1 8 1Z"
                + "M6.2 13.5A1.9 1.9 0 0 0 9.8 13.5Z");
        bell.getStyleClass().add("notification-bell-icon");
        Label count = new Label();
        count.setId("notification-count");
        count.getStyleClass().add("notification-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> viewModel.unreadProperty().get() == 0 ? ""
                : Integer.toString(viewModel.unreadProperty().get()), viewModel.unreadProperty()));
        count.visibleProperty().bind(viewModel.unreadProperty().greaterThan(0));
        count.managedProperty().bind(count.visibleProperty());
        HBox graphic = new HBox(4, bell, count);
        graphic.setAlignment(Pos.CENTER_LEFT);
        setGraphic(graphic);
        setAccessibleText(Messages.get("notification.bell"));
        fillMenu();
        viewModel.latest().addListener((ListChangeListener<Notification>) change -> fillMenu());
        setOnShown(event -> viewModel.markAllRead());
        viewModel.setOnArrived(this::popUp);
    }

    private void fillMenu() {
        List<Notification> latest = viewModel.latest();
        if (latest.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("notification.none"));
            none.setDisable(true);
            getItems().setAll(none);
            return;
        }
        getItems().setAll(latest.stream().map(this::item).toList());
    }

    private MenuItem item(Notification notification) {
        Label text = new Label(notification.text());
        text.getStyleClass().add(notification.read() ? "notification-read" : "notification-unread");
        Label when = new Label(Messages.dateTimeFormatter().format(notification.occurredAt().atZone(zone)));
        when.getStyleClass().add("notification-when");
        CustomMenuItem item = new CustomMenuItem(new VBox(2, text, when));
        item.getStyleClass().add("notification-item");
        item.setOnAction(event -> viewModel.open(notification));
        return item;
    }

    private void popUp(List<Notification> arrived) {
        if (arrived.size() > MOST_POPUPS) {
            popUp(Messages.get("notification.many", arrived.size()), () -> show());
            return;
        }
        arrived.forEach(notification -> popUp(notification.text(), () -> viewModel.open(notification)));
    }

    private void popUp(String text, Runnable onClick) {
        DeskPopups.show(this, Messages.get("notification.title"), text, onClick);
    }
}
