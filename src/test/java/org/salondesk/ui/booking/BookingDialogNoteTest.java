package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingTexts;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

/** The booking dialog's note: one longer than a booking keeps is marked at once and Book stays disabled. */
class BookingDialogNoteTest {

    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    void aNoteTooLongIsMarkedAndBookStaysDisabledUntilItFits() {
        BookingDialogViewModel dialog = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                desk.clients(), BackgroundExecutor.sameThread(), salon.branch, salon.olga,
                TestToday.date().plusDays(1), LocalTime.of(10, 0));
        dialog.open();
        // A click proposes the master's usual service; the haircut is the only one chosen either way.
        dialog.services().chosen().clear();
        dialog.services().choose(dialog.services().matching().stream().filter(s -> s.id() == salon.haircut).findFirst()
                .orElseThrow());
        dialog.client().phoneProperty().set("+7 916 111-22-33");
        assertThat(dialog.canSaveBinding().get()).isTrue();

        dialog.noteProperty().set("н".repeat(10_000));

        assertThat(dialog.noteProblem().get()).isEqualTo("Note: at most 2,000 characters.");
        assertThat(dialog.canSaveBinding().get()).isFalse();
        dialog.save();
        assertThat(dialog.savedProperty().get()).isNull();
        assertThat(dialog.errorProperty().get()).as("no \"something went wrong\"").isEmpty();

        dialog.noteProperty().set("н".repeat(BookingTexts.NOTE.maxLength()));
        assertThat(dialog.noteProblem().get()).isEmpty();
        dialog.save();
        assertThat(dialog.savedProperty().get()).isNotNull();
        assertThat(desk.bookingQueries().details(dialog.savedProperty().get().id()).note())
                .hasSize(BookingTexts.NOTE.maxLength());
    }
}
