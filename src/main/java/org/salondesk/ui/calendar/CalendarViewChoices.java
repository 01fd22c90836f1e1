package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.ui.common.ViewPreferences;

/**
 * How the receptionist likes the calendar shown: with cancelled bookings or not, without the masters who are off or
 * not, and how far the time scale is zoomed in. The last two are remembered in the view preferences.
 */
final class CalendarViewChoices {

    /**
     * How far the time scale zooms in: 1 shows the whole day in the column's height, 4 a quarter of it (about three
     * and a half hours), where a 15-minute booking is a comfortable line of text.
     */
    static final List<Double> ZOOM_LEVELS = List.of(1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0);
    static final String HIDE_MASTERS_OFF = "calendar.hideMastersOff";
    static final String ZOOM = "calendar.zoom";

    private final BooleanProperty showCancelled = new SimpleBooleanProperty(this, "showCancelled", false);
    private final BooleanProperty hideMastersOff = new SimpleBooleanProperty(this, "hideMastersOff", false);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", ZOOM_LEVELS.get(0));

    CalendarViewChoices(ViewPreferences preferences) {
        hideMastersOff.set(Boolean.parseBoolean(preferences.get(HIDE_MASTERS_OFF, "false")));
        hideMastersOff.addListener((obs, old, hide) -> preferences.put(HIDE_MASTERS_OFF, hide.toString()));
        try {
            zoom.set(nearestZoom(Double.parseDouble(preferences.get(ZOOM, "1"))));
        } catch (NumberFormatException e) {
            zoom.set(ZOOM_LEVELS.get(0));
        }
        zoom.addListener((obs, old, now) -> preferences.put(ZOOM, now.toString()));
    }

    private static double nearestZoom(double wanted) {
        return ZOOM_LEVELS.stream().min(Comparator.comparingDouble(level -> Math.abs(level - wanted))).orElseThrow();
    }

    /** The masters whose columns the snapshot shows, in order: see {@link #hideMastersOffProperty()}. */
    List<EmployeeInfo> shownColumns(CalendarSnapshot shown) {
        if (!hideMastersOff.get() || shown.mode() != CalendarMode.DAY) {
            return shown.columns();
        }
        List<EmployeeInfo> working = shown.columns().stream()
                .filter(master -> worksOn(shown, master.id(), shown.from())
                        || !shownBookingsOf(shown, master.id()).isEmpty())
                .toList();
        return working.isEmpty() ? shown.columns() : working;
    }

    private static boolean worksOn(CalendarSnapshot shown, long masterId, LocalDate day) {
        MasterSchedule schedule = shown.schedules().get(masterId);
        return schedule != null && schedule.workingDay(day).isPresent();
    }

    /** The bookings of a master in the snapshot that the columns show: see {@link #showCancelledProperty()}. */
    List<BookingSummary> shownBookingsOf(CalendarSnapshot shown, long masterId) {
        return shown.bookingsOf(masterId).stream()
                .filter(b -> showCancelled.get() || b.status() != BookingStatus.CANCELLED)
                .toList();
    }

    void zoomIn() {
        int at = ZOOM_LEVELS.indexOf(zoom.get());
        zoom.set(ZOOM_LEVELS.get(Math.min(at + 1, ZOOM_LEVELS.size() - 1)));
    }

    void zoomOut() {
        int at = ZOOM_LEVELS.indexOf(zoom.get());
        zoom.set(ZOOM_LEVELS.get(Math.max(at - 1, 0)));
    }

    void resetZoom() {
        zoom.set(ZOOM_LEVELS.get(0));
    }

    boolean canZoomIn() {
        return zoom.get() < ZOOM_LEVELS.get(ZOOM_LEVELS.size() - 1);
    }

    boolean canZoomOut() {
        return zoom.get() > ZOOM_LEVELS.get(0);
    }

    /** Whether cancelled bookings show in the masters' columns. */
    BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    /** Whether the day layout leaves out the masters who are off; one with bookings that day stays. */
    BooleanProperty hideMastersOffProperty() {
        return hideMastersOff;
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }
}
