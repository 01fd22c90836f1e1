package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.ui.common.ViewPreferences;

/**
 * How the receptionist likes the calendar's columns: with cancelled bookings or not, without the masters who are off
 * or not (remembered in the view preferences). The zoom is {@link CalendarZoom}.
 */
final class CalendarViewChoices {

    static final String HIDE_MASTERS_OFF = "calendar.hideMastersOff";

    private final BooleanProperty showCancelled = new SimpleBooleanProperty(this, "showCancelled", false);
    private final BooleanProperty hideMastersOff = new SimpleBooleanProperty(this, "hideMastersOff", false);

    CalendarViewChoices(ViewPreferences preferences) {
        hideMastersOff.set(Boolean.parseBoolean(preferences.get(HIDE_MASTERS_OFF, "false")));
        hideMastersOff.addListener((obs, old, hide) -> preferences.put(HIDE_MASTERS_OFF, hide.toString()));
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

    /** Whether cancelled bookings show in the masters' columns. */
    BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    /** Whether the day layout leaves out the masters who are off; one with bookings that day stays. */
    BooleanProperty hideMastersOffProperty() {
        return hideMastersOff;
    }
}
