package org.salondesk.ui.calendar;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingSummary;
import org.salondesk.i18n.Messages;

/**
 * Moves bookings by dragging them, within a column (another time) or across columns (another master). CalendarFX's
 * own dragging stays off: it cannot cross columns, and a resize must change nothing (the services set the length).
 * While dragging, a label follows the mouse with the master and time the booking would move to. A drag that cannot
 * move anything (a booking past moving, a drop outside the masters' columns) is reported, never silently dropped.
 */
final class BookingDragger {

    /** What the View does with a drop. */
    interface Drop {
        void moved(BookingSummary booking, CalendarPointer.Place place);
    }

    private static final double THRESHOLD = 6;

    private final Parent root;
    private final Label ghost;
    private final Drop drop;
    private final Consumer<BookingSummary> refused;
    private final LongFunction<String> masterName;
    private final Predicate<BookingSummary> mayMove;

    private BookingSummary pressed;
    private int offsetMinutes;
    private double pressX;
    private double pressY;
    private boolean dragging;

    /** {@code mayMove} says which bookings this desk may move at all (on a master's desk: hers only). */
    BookingDragger(Parent root, Label ghost, LongFunction<String> masterName, Predicate<BookingSummary> mayMove,
                   Drop drop, Consumer<BookingSummary> refused) {
        this.root = root;
        this.mayMove = mayMove;
        this.ghost = ghost;
        this.masterName = masterName;
        this.drop = drop;
        this.refused = refused;
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        root.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent event) {
        pressed = null;
        dragging = false;
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<BookingSummary> booking = CalendarPointer.bookingAt(event.getTarget());
        if (booking.isEmpty()) {
            return;
        }
        pressed = booking.get();
        pressX = event.getSceneX();
        pressY = event.getSceneY();
        offsetMinutes = CalendarPointer.placeAt(root, pressX, pressY, 0)
                .map(place -> (int) Duration.between(pressed.start(), place.time()).toMinutes())
                .orElse(0);
    }

    private void dragged(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        if (!dragging && Math.hypot(event.getSceneX() - pressX, event.getSceneY() - pressY) < THRESHOLD) {
            return;
        }
        dragging = true;
        event.consume();
        if (!movable(pressed) || !mayMove.test(pressed)) {
            return;
        }
        root.setCursor(Cursor.MOVE);
        CalendarPointer.placeAt(root, event.getSceneX(), event.getSceneY(), offsetMinutes).ifPresentOrElse(place -> {
            ghost.setText(Messages.get("calendar.dragTo", masterName.apply(place.masterId()), place.date(),
                    place.time()));
            Point2D at = ghost.getParent().sceneToLocal(event.getSceneX(), event.getSceneY());
            ghost.relocate(at.getX() + 12, at.getY() + 12);
            ghost.setVisible(true);
        }, () -> ghost.setVisible(false));
    }

    private void released(MouseEvent event) {
        BookingSummary booking = pressed;
        boolean wasDragging = dragging;
        pressed = null;
        dragging = false;
        ghost.setVisible(false);
        root.setCursor(Cursor.DEFAULT);
        if (booking == null || !wasDragging) {
            return;
        }
        event.consume();
        Optional<CalendarPointer.Place> place = movable(booking) && mayMove.test(booking)
                ? CalendarPointer.placeAt(root, event.getSceneX(), event.getSceneY(), offsetMinutes)
                : Optional.empty();
        place.ifPresentOrElse(target -> drop.moved(booking, target), () -> refused.accept(booking));
    }

    /** Only bookings still ahead in the pipeline move; a finished or cancelled one stays where it was. */
    static boolean movable(BookingSummary booking) {
        return booking.status() == BookingStatus.NEW || booking.status() == BookingStatus.CONFIRMED;
    }
}
