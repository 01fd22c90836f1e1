package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.SeriesRule;
import org.salondesk.availability.VisitStep;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.VisitBooked;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoHistory;

/** The booking card's part for a repeating visit and a visit of several masters, as the receptionist uses it. */
class LinkedBookingsViewModelTest {

    private static final LocalDate FIRST = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private BookingDetailsViewModel details;
    private int changes;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        details = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(), desk.tasks(),
                BackgroundExecutor.sameThread(), new NoticeBoard(new UndoHistory()), clock);
        details.setOnChanged(() -> changes++);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private VisitBooked weeklyManicures() {
        List<LocalDateTime> dates = List.of(0, 7, 14, 21).stream()
                .map(days -> FIRST.plusDays(days).atTime(12, 0)).toList();
        return desk.booking().series().book(salon.branch, List.of(salon.manicure), salon.olga,
                new SeriesRule(1, Set.of(FIRST.getDayOfWeek()), null, 4), dates, salon.anna, null);
    }

    private List<BookingInfo> series(VisitBooked booked) {
        return desk.booking().series().bookings(booked.id());
    }

    @Test
    void theSecondVisitOfASeriesCancelsItselfAndTheLaterOnesWithTheReasonTyped() {
        VisitBooked booked = weeklyManicures();
        details.show(booked.bookingIds().get(1));
        LinkedBookingsViewModel linked = details.linked();
        assertThat(linked.inSeriesBinding().get()).isTrue();
        assertThat(linked.inVisitBinding().get()).isFalse();

        details.cancelReasonProperty().set("переезжает");
        linked.cancelSeriesFromHere();

        assertThat(series(booked)).extracting(BookingInfo::status).containsExactly(BookingStatus.CONFIRMED,
                BookingStatus.CANCELLED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
        assertThat(linked.doneProperty().get()).contains("3");
        assertThat(details.errorProperty().get()).isEmpty();
        assertThat(changes).isPositive();
    }

    @Test
    void theThirdVisitMovesItselfAndTheLastToTheTimeTypedAndATakenTimeMovesNone() {
        VisitBooked booked = weeklyManicures();
        details.show(booked.bookingIds().get(2));
        LinkedBookingsViewModel linked = details.linked();
        assertThat(linked.seriesTimeProperty().get()).isEqualTo(LocalTime.of(12, 0));

        linked.seriesTimeProperty().set(LocalTime.of(15, 0));
        linked.moveSeriesFromHere();
        assertThat(series(booked)).extracting(BookingInfo::time).containsExactly(LocalTime.of(12, 0),
                LocalTime.of(12, 0), LocalTime.of(15, 0), LocalTime.of(15, 0));

        // Someone has 10:00 on the last date: the move from the third on is refused and nothing moves.
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), FIRST.plusDays(21), LocalTime.of(10, 0),
                salon.olga, salon.anna);
        linked.seriesTimeProperty().set(LocalTime.of(10, 0));
        linked.moveSeriesFromHere();
        assertThat(details.errorProperty().get()).isNotEmpty();
        assertThat(series(booked)).extracting(BookingInfo::time).containsExactly(LocalTime.of(12, 0),
                LocalTime.of(12, 0), LocalTime.of(15, 0), LocalTime.of(15, 0));
    }

    @Test
    void aStepSplitOffItsVisitIsNoLongerPartOfIt() {
        VisitBooked visit = desk.booking().visits().book(salon.branch,
                List.of(new VisitStep(List.of(salon.haircut), null), new VisitStep(List.of(salon.manicure), null)),
                false, FIRST, LocalTime.of(10, 0), salon.anna, null);
        details.show(visit.bookingIds().get(1));
        LinkedBookingsViewModel linked = details.linked();
        assertThat(linked.inVisitBinding().get()).isTrue();
        assertThat(linked.inSeriesBinding().get()).isFalse();

        linked.splitFromVisit();

        assertThat(desk.booking().visits().bookings(visit.id())).extracting(BookingInfo::id)
                .containsExactly(visit.bookingIds().get(0));
        assertThat(linked.inVisitBinding().get()).isFalse();
        assertThat(linked.doneProperty().get()).isNotEmpty();
    }

    @Test
    void anotherMastersSeriesOffersNothingOnAMastersDesk() {
        VisitBooked booked = weeklyManicures();
        details.setMayChange(master -> master == salon.pavel);
        details.show(booked.bookingIds().get(0));
        assertThat(details.linked().inSeriesBinding().get()).isFalse();
    }
}
