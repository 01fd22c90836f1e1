package org.salondesk.ui.checkout;

import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.SheetPrinter;

/** Makes checkout dialogs, so that the screens that open one need no services of their own for it. */
public interface CheckoutDialogs {

    /** A checkout of the booking, reading what it needs once opened ({@link CheckoutViewModel#open}). */
    CheckoutViewModel forBooking(long bookingId);

    static CheckoutDialogs of(CheckoutServices services, BackgroundExecutor background, SheetPrinter printer) {
        return bookingId -> new CheckoutViewModel(services, background, printer, bookingId);
    }
}
