package org.salondesk.ui.calendar;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import org.salondesk.booking.VisitBooked;
import org.salondesk.ui.booking.SeriesDialogView;
import org.salondesk.ui.booking.SeriesDialogViewModel;
import org.salondesk.ui.booking.VisitDialogView;
import org.salondesk.ui.booking.VisitDialogViewModel;

/**
 * Opens the visit and repeating-visit dialogs over the calendar (decision 0036); the calendar reads its day again once
 * one is booked. View-side: it makes the dialogs' Views.
 */
final class LongerBookingDialogs {

    private LongerBookingDialogs() {
    }

    static void visit(CalendarViewModel calendar, Node over) {
        VisitDialogViewModel dialog = calendar.visit();
        if (dialog != null && over.getScene() != null) {
            show(calendar, new VisitDialogView(dialog, over.getScene().getWindow()), dialog::open);
        }
    }

    static void series(CalendarViewModel calendar, Node over) {
        SeriesDialogViewModel dialog = calendar.series();
        if (dialog != null && over.getScene() != null) {
            show(calendar, new SeriesDialogView(dialog, over.getScene().getWindow()), dialog::open);
        }
    }

    private static void show(CalendarViewModel calendar, Dialog<VisitBooked> view, Runnable open) {
        view.resultProperty().addListener((obs, old, booked) -> calendar.reload());
        open.run();
        view.show();
    }
}
