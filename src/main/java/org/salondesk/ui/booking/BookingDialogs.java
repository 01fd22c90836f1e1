package org.salondesk.ui.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** Makes booking dialogs for a screen, so that the screen's ViewModel needs no services of its own for them. */
public interface BookingDialogs {

    /** A booking at a master's time (a click in her column). */
    BookingDialogViewModel at(long branchId, long masterId, LocalDate date, LocalTime time);

    /** A walk-in: today, any master, the earliest free start proposed. */
    BookingDialogViewModel walkIn(long branchId);
}
