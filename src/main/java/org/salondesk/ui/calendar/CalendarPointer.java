package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;

import org.salondesk.booking.BookingSummary;

/** Finds what is under the mouse in the calendar: a booking's entry, and which master, date and time a point is. */
final class CalendarPointer {

    /** The key under which a master's column (a WeekView or DayView) keeps the id of its master. */
    static final String MASTER_ID = "salondesk.masterId";

    /** Dragged and clicked times snap to this many minutes. */
    static final int SNAP_MINUTES = 15;

    /** A master's column at a date and time. */
    record Place(long masterId, LocalDate date, LocalTime time) {
    }

    private CalendarPointer() {
    }

    /** The booking whose entry view is {@code target} or contains it. */
    static Optional<BookingSummary> bookingAt(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof DayEntryView view && view.getEntry().getUserObject() instanceof BookingSummary booking) {
                return Optional.of(booking);
            }
            if (node instanceof DayView) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The master whose column {@code node} is or lies in. */
    static Optional<Long> masterOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(MASTER_ID) instanceof Long master) {
                return Optional.of(master);
            }
        }
        return Optional.empty();
    }

    /** The master's column, date and (snapped) time at a point of the scene, if the point is over a column. */
    static Optional<Place> placeAt(Parent root, double sceneX, double sceneY, int offsetMinutes) {
        for (Node node : root.lookupAll(".day-view")) {
            Optional<Long> master = masterOf(node);
            if (!(node instanceof DayView dayView) || master.isEmpty() || !dayView.isVisible()) {
                continue;
            }
            Point2D local = dayView.sceneToLocal(sceneX, sceneY);
            if (local != null && dayView.contains(local)) {
                ZonedDateTime at = dayView.getZonedDateTimeAt(local.getX(), local.getY(), dayView.getZoneId())
                        .minusMinutes(offsetMinutes);
                int minute = at.getHour() * 60 + at.getMinute();
                int snapped = Math.round(minute / (float) SNAP_MINUTES) * SNAP_MINUTES;
                snapped = Math.max(0, Math.min(snapped, 24 * 60 - SNAP_MINUTES));
                return Optional.of(new Place(master.get(), dayView.getDate(),
                        LocalTime.of(snapped / 60, snapped % 60)));
            }
        }
        return Optional.empty();
    }
}
