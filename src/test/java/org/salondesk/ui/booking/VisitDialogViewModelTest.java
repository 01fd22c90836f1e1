package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;

/** The visit and series dialogs' ViewModels on a real desk, without a screen (decision 0036). */
class VisitDialogViewModelTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private MutableClock clock;
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        clock = TestToday.at(8, 0);
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Choice<Long> item(java.util.List<Choice<Long>> items, String label) {
        return items.stream().filter(choice -> choice.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aVisitIsFoundStepByStepAndBookedForTheClientByPhone() {
        VisitDialogViewModel dialog = new VisitDialogViewModel(desk.booking(), desk.clients(),
                BackgroundExecutor.sameThread(), salon.branch, DAY);
        dialog.open();
        dialog.findTimes();
        assertThat(dialog.errorProperty().get()).isEqualTo("Choose the services of at least two steps.");

        dialog.steps().get(0).serviceProperty().set(item(dialog.services(), "Стрижка"));
        dialog.steps().get(1).serviceProperty().set(item(dialog.services(), "Маникюр"));
        dialog.parallelProperty().set(true);
        dialog.findTimes();

        // At once: only Olga does nails, so Pavel cuts.
        assertThat(dialog.offers()).isNotEmpty();
        assertThat(dialog.offers().get(0).label())
                .isEqualTo("09:00 · Стрижка: Павел 09:00–10:00 · Маникюр: Ольга 09:00–10:30");
        dialog.book();
        assertThat(dialog.errorProperty().get()).isEqualTo("Type the client's phone.");

        dialog.client().phoneProperty().set("+7 916 111-22-33");
        dialog.book();

        assertThat(dialog.bookedProperty().get()).isNotNull();
        assertThat(desk.booking().getBookingsInfo(salon.anna)).extracting(BookingInfo::time)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 0));
    }

    @Test
    void aSeriesShowsItsDatesAndBooksTheOnesKept() {
        SeriesDialogViewModel dialog = new SeriesDialogViewModel(desk.booking(), desk.clients(),
                BackgroundExecutor.sameThread(), salon.branch, DAY);
        dialog.open();
        dialog.serviceProperty().set(item(dialog.services(), "Маникюр"));
        dialog.everyWeeksProperty().set(1);
        dialog.countProperty().set(3);
        dialog.timeProperty().set(LocalTime.of(10, 0));
        desk.booking().createBooking(salon.branch, java.util.List.of(salon.haircut), DAY.plusWeeks(1),
                LocalTime.of(10, 0), salon.olga, salon.anna);
        dialog.preview();

        assertThat(dialog.occurrences()).extracting(SeriesDialogViewModel.Occurrence::text)
                .containsExactly("Free", "Taken", "Free");
        // The taken week offers the nearest free time that day (none before: 90 minutes do not fit before 10:00),
        // or to leave it out.
        assertThat(dialog.occurrences().get(1).times()).extracting(Choice::label)
                .containsExactly("11:00", "Leave out");
        dialog.occurrences().get(1).chosenProperty().set(dialog.occurrences().get(1).times().get(1));
        dialog.client().phoneProperty().set("+7 916 111-22-33");
        dialog.book();

        assertThat(dialog.bookedProperty().get().bookingIds()).hasSize(2);
        assertThat(desk.booking().series().bookings(dialog.bookedProperty().get().id()))
                .extracting(BookingInfo::date).containsExactly(DAY, DAY.plusWeeks(2));
    }
}
