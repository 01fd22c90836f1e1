package org.salondesk.ui.calendar;

import com.calendarfx.view.DayViewBase;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Keeps CalendarFX from creating entries on free time. It creates one when free time is dragged or double-clicked,
 * but every calendar here is read-only (bookings are made through the booking dialog), so CalendarFX gets no entry
 * and throws a NullPointerException on every mouse move. Those gestures stop here, before they reach its
 * edit controller; a single click still opens the booking dialog.
 */
final class FreeTimeGestures {

    private boolean pressedOnFreeTime;

    private FreeTimeGestures() {
    }

    /** Guards the masters' columns under {@code calendar}. */
    static void guard(Node calendar) {
        FreeTimeGestures gestures = new FreeTimeGestures();
        calendar.addEventFilter(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        calendar.addEventFilter(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        calendar.addEventFilter(MouseEvent.MOUSE_CLICKED, gestures::clicked);
    }

    private void pressed(MouseEvent event) {
        pressedOnFreeTime = isFreeTime(event);
    }

    private void dragged(MouseEvent event) {
        if (pressedOnFreeTime) {
            event.consume();
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getClickCount() > 1 && isFreeTime(event)) {
            event.consume();
        }
    }

    // CalendarFX creates entries only where the target is the day column itself, not a card on it.
    private static boolean isFreeTime(MouseEvent event) {
        return event.getTarget() instanceof DayViewBase;
    }
}
