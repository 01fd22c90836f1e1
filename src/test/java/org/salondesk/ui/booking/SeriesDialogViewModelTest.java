package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;

/**
 * The series dialog's rule beyond "every N weeks × count" (issue 18): chosen weekdays, and an end date instead of a
 * count. On a real desk, without a screen.
 */
class SeriesDialogViewModelTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private SalonDesk desk;
    private SmallSalon salon;
    private SeriesDialogViewModel dialog;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(8, 0));
        salon = new SmallSalon(desk);
        dialog = new SeriesDialogViewModel(desk.booking(), desk.clients(), BackgroundExecutor.sameThread(),
                salon.branch, DAY);
        dialog.open();
        Choice<Long> manicure = dialog.services().stream().filter(choice -> choice.label().equals("Маникюр"))
                .findFirst().orElseThrow();
        dialog.serviceProperty().set(manicure);
        dialog.timeProperty().set(LocalTime.of(10, 0));
        dialog.everyWeeksProperty().set(1);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<LocalDate> shown() {
        return dialog.occurrences().stream().map(SeriesDialogViewModel.Occurrence::date).toList();
    }

    @Test
    void chosenWeekdaysGiveTheDatesOnThoseDays() {
        dialog.weekdayProperty(DayOfWeek.MONDAY).set(true);
        dialog.weekdayProperty(DayOfWeek.THURSDAY).set(true);
        dialog.countProperty().set(4);

        dialog.preview();

        LocalDate monday = DAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate thursday = DAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        assertThat(dialog.errorProperty().get()).isEmpty();
        assertThat(shown()).containsExactlyInAnyOrder(monday, thursday, monday.plusWeeks(1), thursday.plusWeeks(1));
        assertThat(shown()).isSorted().allMatch(date -> date.getDayOfWeek() == DayOfWeek.MONDAY
                || date.getDayOfWeek() == DayOfWeek.THURSDAY);
    }

    @Test
    void anEndDateInsteadOfACountEndsTheSeriesThere() {
        dialog.countProperty().set(2);
        dialog.byDateProperty().set(true);
        dialog.untilProperty().set(DAY.plusWeeks(3));

        dialog.preview();

        // The count is not used when the series ends by date: four weekly visits up to and including the end.
        assertThat(shown()).containsExactly(DAY, DAY.plusWeeks(1), DAY.plusWeeks(2), DAY.plusWeeks(3));
    }

    @Test
    void anEndByDateWithoutTheDateSaysSoAndShowsNothing() {
        dialog.byDateProperty().set(true);

        dialog.preview();

        assertThat(dialog.errorProperty().get()).isEqualTo("Choose the date the series ends.");
        assertThat(dialog.occurrences()).isEmpty();
    }

    @Test
    void changingTheRuleClearsTheDatesShown() {
        dialog.countProperty().set(2);
        dialog.preview();
        assertThat(dialog.occurrences()).hasSize(2);

        dialog.weekdayProperty(DayOfWeek.SATURDAY).set(true);
        assertThat(dialog.occurrences()).isEmpty();

        dialog.preview();
        dialog.byDateProperty().set(true);
        assertThat(dialog.occurrences()).isEmpty();
    }

    @Test
    void aSeriesOnChosenWeekdaysUntilADateIsBooked() {
        LocalDate end = DAY.plusWeeks(2);
        dialog.weekdayProperty(DayOfWeek.TUESDAY).set(true);
        dialog.weekdayProperty(DayOfWeek.FRIDAY).set(true);
        dialog.byDateProperty().set(true);
        dialog.untilProperty().set(end);
        dialog.preview();
        dialog.client().phoneProperty().set("+7 916 111-22-33");

        dialog.book();

        assertThat(dialog.errorProperty().get()).isEmpty();
        List<LocalDate> booked = desk.booking().series().bookings(dialog.bookedProperty().get().id()).stream()
                .map(BookingInfo::date).toList();
        assertThat(booked).isNotEmpty().isEqualTo(shown()).allMatch(date -> !date.isAfter(end)
                && (date.getDayOfWeek() == DayOfWeek.TUESDAY || date.getDayOfWeek() == DayOfWeek.FRIDAY));
        assertThat(booked).hasSizeGreaterThanOrEqualTo(4);
    }
}
