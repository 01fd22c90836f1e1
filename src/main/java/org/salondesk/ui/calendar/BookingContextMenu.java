package org.salondesk.ui.calendar;

import java.util.Optional;
import java.util.Set;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingSummary;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsViewModel;

/**
 * The right-click menu of a booking in the calendar: the pipeline's next steps, check out, cancel with a reason, copy
 * phone. A booking this desk may not change (another master's, on a master's desk) gets only the copy.
 */
final class BookingContextMenu {

    private BookingContextMenu() {
    }

    static ContextMenu of(BookingSummary booking, BookingDetailsViewModel actions, Window owner, boolean writable) {
        ContextMenu menu = new ContextMenu();
        for (BookingStatus next : writable ? booking.status().next() : Set.<BookingStatus>of()) {
            if (next == BookingStatus.CANCELLED) {
                continue;
            }
            MenuItem item = new MenuItem(Messages.get("details.to." + next.name()));
            item.setId("menu-to-" + next.name().toLowerCase());
            item.setOnAction(event -> actions.changeStatus(booking.id(), booking.number(), next));
            menu.getItems().add(item);
        }
        if (writable && BookingDetailsViewModel.checkable(booking.status())) {
            MenuItem checkout = new MenuItem(Messages.get("menu.checkout"));
            checkout.setId("menu-checkout");
            checkout.setOnAction(event -> actions.checkOut(booking.id(), booking.status()));
            menu.getItems().add(checkout);
        }
        if (writable && booking.status().canChangeTo(BookingStatus.CANCELLED)) {
            MenuItem cancel = new MenuItem(Messages.get("menu.cancel"));
            cancel.setId("menu-cancel");
            cancel.setOnAction(event -> askReason(booking, owner).ifPresent(reason -> actions.cancel(booking.branchId(),
                    booking.id(), booking.number(), booking.status(), reason)));
            menu.getItems().add(cancel);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem copy = new MenuItem(Messages.get("menu.copyPhone"));
        copy.setOnAction(event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(booking.clientPhone());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        menu.getItems().add(copy);
        return menu;
    }

    private static Optional<String> askReason(BookingSummary booking, Window owner) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("menu.cancelTitle", booking.number()));
        dialog.setHeaderText(booking.clientName() + ", " + booking.start() + " — " + booking.services());
        dialog.setContentText(Messages.get("menu.cancelPrompt"));
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }
}
