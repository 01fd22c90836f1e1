package org.salondesk.ui.calendar;

import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import org.salondesk.ui.common.ViewPreferences;

/** How far the calendar's time scale is zoomed in: 1 is the whole day in view; remembered on this PC. */
public final class CalendarZoom {

    /**
     * How far the time scale zooms in: 1 shows the whole day in the column's height, 4 a quarter of it (about three
     * and a half hours), where a 15-minute booking is a comfortable line of text.
     */
    static final List<Double> LEVELS = List.of(1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0);
    static final String PREFERENCE = "calendar.zoom";

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", LEVELS.get(0));

    CalendarZoom(ViewPreferences preferences) {
        try {
            zoom.set(nearest(Double.parseDouble(preferences.get(PREFERENCE, "1"))));
        } catch (NumberFormatException e) {
            zoom.set(LEVELS.get(0));
        }
        zoom.addListener((obs, old, now) -> preferences.put(PREFERENCE, now.toString()));
    }

    private static double nearest(double wanted) {
        return LEVELS.stream().min(Comparator.comparingDouble(level -> Math.abs(level - wanted))).orElseThrow();
    }

    public void zoomIn() {
        int at = LEVELS.indexOf(zoom.get());
        zoom.set(LEVELS.get(Math.min(at + 1, LEVELS.size() - 1)));
    }

    public void zoomOut() {
        int at = LEVELS.indexOf(zoom.get());
        zoom.set(LEVELS.get(Math.max(at - 1, 0)));
    }

    /** Back to the whole day in view. */
    public void reset() {
        zoom.set(LEVELS.get(0));
    }

    public boolean canZoomIn() {
        return zoom.get() < LEVELS.get(LEVELS.size() - 1);
    }

    public boolean canZoomOut() {
        return zoom.get() > LEVELS.get(0);
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }
}
