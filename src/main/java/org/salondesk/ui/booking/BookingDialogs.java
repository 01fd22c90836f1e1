package org.salondesk.ui.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.booking.BookingService;
import org.salondesk.client.ClientService;
import org.salondesk.ui.common.BackgroundExecutor;

/** Makes booking dialogs for a screen, so that the screen's ViewModel needs no services of its own for them. */
public interface BookingDialogs {

    /** A booking at a master's time (a click in her column). */
    BookingDialogViewModel at(long branchId, long masterId, LocalDate date, LocalTime time);

    /** A walk-in: today, any master, the earliest free start proposed. */
    BookingDialogViewModel walkIn(long branchId);

    /** A visit of several steps and masters on a date (decision 0036). */
    VisitDialogViewModel visit(long branchId, LocalDate date);

    /** A repeating visit from a first date (decision 0036). */
    SeriesDialogViewModel series(long branchId, LocalDate first);

    /** The dialogs of the desk, on its services. */
    static BookingDialogs of(BookingService booking, AvailabilityService availability, ClientService clients,
                             BackgroundExecutor background, Clock clock) {
        return new BookingDialogs() {
            @Override
            public BookingDialogViewModel at(long branchId, long masterId, LocalDate date, LocalTime time) {
                return BookingDialogViewModel.fromCalendar(booking, availability, clients, background, branchId,
                        masterId, date, time);
            }

            @Override
            public BookingDialogViewModel walkIn(long branchId) {
                return BookingDialogViewModel.walkIn(booking, availability, clients, background, clock, branchId);
            }

            @Override
            public VisitDialogViewModel visit(long branchId, LocalDate date) {
                return new VisitDialogViewModel(booking, clients, background, branchId, date);
            }

            @Override
            public SeriesDialogViewModel series(long branchId, LocalDate first) {
                return new SeriesDialogViewModel(booking, clients, background, branchId, first);
            }
        };
    }
}
