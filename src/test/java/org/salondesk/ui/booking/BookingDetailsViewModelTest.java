package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingInfo;
import org.salondesk.task.TaskKind;
import org.salondesk.task.TaskRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoHistory;

class BookingDetailsViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(9, 0);
    private final NoticeBoard notices = new NoticeBoard(new UndoHistory());
    private SalonDesk desk;
    private SmallSalon salon;
    private BookingDetailsViewModel viewModel;
    private int changes;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(), desk.tasks(),
                BackgroundExecutor.sameThread(), notices, clock);
        viewModel.setOnChanged(() -> changes++);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private BookingInfo book(LocalDate date, int hour) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), date, LocalTime.of(hour, 0),
                salon.olga, salon.anna);
    }

    @Test
    void anotherMastersBookingOnAMastersDeskOffersNoStepNoteOrField() {
        BookingInfo hers = book(TODAY, 15);
        viewModel.setMayChange(master -> master == salon.pavel);
        viewModel.show(hers.id());

        assertThat(viewModel.editableBinding().get()).isFalse();
        assertThat(viewModel.actions()).isEmpty();
        viewModel.noteProperty().set("Просила кофе");
        viewModel.saveNote();
        viewModel.setCustomField("Кофе", "без сахара");
        assertThat(desk.bookingQueries().details(hers.id()).note()).isNull();
        assertThat(changes).isZero();

        viewModel.setMayChange(master -> true);
        assertThat(viewModel.editableBinding().get()).isTrue();
    }

    @Test
    void offersOnlyThePipelinesNextStepsThatMakeSenseNow() {
        BookingInfo later = book(TODAY, 15);
        viewModel.show(later.id());
        // NEW: confirm; no-show only once it has begun; cancel is separate (it needs a reason).
        assertThat(viewModel.actions()).containsExactly(BookingStatus.CONFIRMED);

        BookingInfo tomorrow = book(TODAY.plusDays(1), 10);
        desk.booking().changeStatus(tomorrow.id(), BookingStatus.CONFIRMED, null);
        viewModel.show(tomorrow.id());
        assertThat(viewModel.actions()).isEmpty();

        clock.set(TODAY.atTime(15, 10));
        desk.booking().changeStatus(later.id(), BookingStatus.CONFIRMED, null);
        viewModel.show(later.id());
        assertThat(viewModel.actions()).containsExactly(BookingStatus.ARRIVED, BookingStatus.NO_SHOW);
    }

    @Test
    void aNoShowShowsItsCallBackTaskAmongTheBookingsTasks() {
        BookingInfo booked = book(TODAY, 10);
        desk.booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        clock.set(TODAY.atTime(11, 30));
        List<BookingDetails> asked = new ArrayList<>();
        List<TaskRow> opened = new ArrayList<>();
        viewModel.setOnTasks(asked::add, opened::add);
        viewModel.show(booked.id());
        assertThat(viewModel.tasks()).isEmpty();

        viewModel.changeStatus(BookingStatus.NO_SHOW);

        assertThat(viewModel.tasks()).singleElement()
                .satisfies(task -> assertThat(task.kind()).isEqualTo(TaskKind.NO_SHOW_CALL_BACK));
        viewModel.openTask(viewModel.tasks().get(0));
        assertThat(opened).containsExactly(viewModel.tasks().get(0));
        viewModel.newTask();
        assertThat(asked).extracting(BookingDetails::id).containsExactly(booked.id());
    }

    @Test
    void stepsAlongThePipelineAndTellsTheCalendar() {
        BookingInfo booked = book(TODAY, 10);
        viewModel.show(booked.id());

        viewModel.changeStatus(BookingStatus.CONFIRMED);

        assertThat(viewModel.detailsProperty().get().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(changes).isEqualTo(1);
        assertThat(notices.currentProperty().get().text()).contains(Long.toString(booked.number()));
    }

    @Test
    void cancelNeedsAReasonAndKeepsTheBookingAsCancelled() {
        BookingInfo booked = book(TODAY, 10);
        viewModel.show(booked.id());
        assertThat(viewModel.canCancelBinding().get()).isFalse();

        viewModel.cancelReasonProperty().set("  ");
        viewModel.cancel();
        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.NEW);

        viewModel.cancelReasonProperty().set("Заболела");
        assertThat(viewModel.canCancelBinding().get()).isTrue();
        viewModel.cancel();

        assertThat(viewModel.detailsProperty().get().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(viewModel.detailsProperty().get().cancelReason()).isEqualTo("Заболела");
        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TODAY, salon.olga, 60))
                .contains(LocalTime.of(10, 0));
        assertThat(viewModel.canCancelBinding().get()).isFalse();
    }

    @Test
    void aRefusalShowsInTheUsersWords() {
        BookingInfo booked = book(TODAY, 10);
        viewModel.show(booked.id());
        desk.booking().cancelBooking(salon.branch, booked.id());

        viewModel.changeStatus(BookingStatus.CONFIRMED);

        assertThat(viewModel.errorProperty().get()).contains("Cancelled").doesNotContain("Exception");
    }

    @Test
    void aCancelCanBeUndoneWhileItsTimeIsStillFree() {
        BookingInfo booked = book(TODAY, 10);
        desk.booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        viewModel.show(booked.id());
        viewModel.cancelReasonProperty().set("Передумала");
        viewModel.cancel();
        assertThat(notices.history().steps()).hasSize(1);

        notices.undo();

        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(notices.currentProperty().get().text()).startsWith("Undone: booking " + booked.number())
                .contains("Confirmed");
        assertThat(notices.history().steps()).isEmpty();
        assertThat(viewModel.detailsProperty().get().cancelReason()).isNull();
        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), TODAY, salon.olga, 60))
                .doesNotContain(LocalTime.of(10, 0));
    }

    @Test
    void undoingACancelWhoseTimeWasTakenSaysSoAndChangesNothing() {
        BookingInfo booked = book(TODAY, 10);
        viewModel.cancel(salon.branch, booked.id(), booked.number(), BookingStatus.NEW, "Передумала");
        BookingInfo other = book(TODAY, 10);

        notices.undo();

        assertThat(notices.currentProperty().get().error()).isTrue();
        assertThat(notices.currentProperty().get().text()).contains("taken");
        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(desk.booking().getActiveBookingInfo(other.id()).status()).isEqualTo(BookingStatus.NEW);
        // It cannot come back any more, so it leaves the history rather than block the steps before it.
        assertThat(notices.history().steps()).isEmpty();
    }

    @Test
    void aStatusStepCanBeUndoneLaterEvenAfterOtherNotices() {
        BookingInfo booked = book(TODAY, 10);
        BookingInfo other = book(TODAY, 12);
        viewModel.show(booked.id());
        viewModel.changeStatus(BookingStatus.CONFIRMED);
        viewModel.changeStatus(other.id(), other.number(), BookingStatus.CONFIRMED);
        clock.set(TODAY.atTime(10, 5));
        viewModel.changeStatus(booked.id(), booked.number(), BookingStatus.ARRIVED);
        notices.dismiss();

        notices.undo();
        notices.undo();

        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(desk.booking().getActiveBookingInfo(other.id()).status()).isEqualTo(BookingStatus.NEW);
        assertThat(notices.currentProperty().get().text())
                .isEqualTo("Undone: booking " + other.number() + " is New again.");
        assertThat(viewModel.detailsProperty().get().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(notices.history().steps()).hasSize(1);
    }

    @Test
    void aStatusStepThatWasOvertakenIsNotUndone() {
        BookingInfo booked = book(TODAY, 10);
        viewModel.show(booked.id());
        viewModel.changeStatus(BookingStatus.CONFIRMED);
        // Another desk cancels it meanwhile: going back to New now would lose that.
        desk.booking().cancelBooking(salon.branch, booked.id(), "Позвонила");

        notices.undo();

        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(notices.currentProperty().get().error()).isTrue();
        assertThat(notices.currentProperty().get().text()).contains("Cancelled");
        assertThat(notices.history().steps()).isEmpty();
    }

    @Test
    void cancelWithoutAReasonIsRefusedAtTheField() {
        BookingInfo booked = book(TODAY, 10);

        viewModel.cancel(salon.branch, booked.id(), booked.number(), BookingStatus.NEW, " ");

        assertThat(viewModel.errorProperty().get()).isNotEmpty();
        assertThat(desk.booking().getActiveBookingInfo(booked.id()).status()).isEqualTo(BookingStatus.NEW);
    }
}
