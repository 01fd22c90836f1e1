package org.salondesk.app;

import java.util.List;

import javafx.scene.Node;
import javafx.stage.Window;

import org.salondesk.SalonDesk;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.checkout.CheckoutDialogs;
import org.salondesk.ui.checkout.CheckoutServices;
import org.salondesk.ui.checkout.CheckoutView;
import org.salondesk.ui.checkout.CheckoutViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.SheetPrinter;

/**
 * Opens the checkout dialog wherever a booking is checked out (the calendar's card and menu, Ctrl+Enter, the request
 * card), over the desk's main window; a completed checkout is shown at once on the cards and by {@code onCompleted}.
 */
final class CheckoutWindows {

    private final CheckoutDialogs dialogs;
    private final List<BookingDetailsViewModel> cards;
    private final Runnable onCompleted;
    private Node main;

    CheckoutWindows(SalonDesk desk, BackgroundExecutor background, SheetPrinter printer,
                    List<BookingDetailsViewModel> cards, Runnable onCompleted) {
        this.dialogs = CheckoutDialogs.of(new CheckoutServices(desk.checkout(), desk.products(), desk.receipts(),
                desk.bookingQueries(), desk.booking()), background, printer);
        this.cards = List.copyOf(cards);
        this.onCompleted = onCompleted;
        cards.forEach(card -> card.setOnCheckout(this::open));
    }

    /** The dialogs open over the window that shows {@code node}. */
    void ownedBy(Node node) {
        this.main = node;
    }

    private void open(long bookingId) {
        Window owner = main == null || main.getScene() == null ? null : main.getScene().getWindow();
        CheckoutViewModel checkout = dialogs.forBooking(bookingId);
        checkout.setOnCompleted(() -> {
            cards.forEach(BookingDetailsViewModel::refresh);
            onCompleted.run();
        });
        CheckoutView view = new CheckoutView(checkout, owner);
        checkout.open();
        view.show();
    }
}
