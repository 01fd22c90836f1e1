package org.salondesk.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingStatus;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The tasks the desk makes by itself: after a no-show, the day before a new booking, after a long absence. */
class AutoTasksTest {

    private static final LocalDate DAY = TestToday.date();

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.memoryDesk(clock);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BookingInfo book(LocalDate date, LocalTime time) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), date, time, salon.olga, salon.anna);
    }

    @Test
    void aNoShowMakesOneCallBackTaskAboutTheClientAndTheBooking() {
        BookingInfo booked = book(DAY, LocalTime.of(10, 0));
        desk.booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        clock.set(DAY.atTime(11, 30));

        desk.booking().changeStatus(booked.id(), BookingStatus.NO_SHOW, null);

        assertThat(desk.tasks().forBooking(booked.id())).singleElement().satisfies(task -> {
            assertThat(task.kind()).isEqualTo(TaskKind.NO_SHOW_CALL_BACK);
            assertThat(task.clientId()).isEqualTo(salon.anna);
            assertThat(task.dueDate()).isEqualTo(DAY);
            assertThat(task.title()).contains("Анна Смирнова").contains("916");
        });
        assertThat(desk.tasks().list(TaskList.TODAY, null)).hasSize(1);
    }

    @Test
    void switchedOffTheNoShowMakesNoTask() {
        desk.autoTasks().saveSettings(salon.branch, new AutoTaskSettings(false, true, null));
        BookingInfo booked = book(DAY, LocalTime.of(10, 0));
        clock.set(DAY.atTime(11, 30));

        desk.booking().changeStatus(booked.id(), BookingStatus.NO_SHOW, null);

        assertThat(desk.tasks().forBooking(booked.id())).isEmpty();
        assertThat(desk.autoTasks().settings(salon.branch)).isEqualTo(new AutoTaskSettings(false, true, null));
    }

    @Test
    void tomorrowsNewBookingsGetOneConfirmationCallEach() {
        BookingInfo fresh = book(DAY.plusDays(1), LocalTime.of(10, 0));
        BookingInfo confirmed = book(DAY.plusDays(1), LocalTime.of(12, 0));
        desk.booking().changeStatus(confirmed.id(), BookingStatus.CONFIRMED, null);
        BookingInfo later = book(DAY.plusDays(2), LocalTime.of(10, 0));

        assertThat(desk.autoTasks().makeDueTasks()).isEqualTo(1);
        assertThat(desk.autoTasks().makeDueTasks()).as("made once").isZero();

        assertThat(desk.tasks().forBooking(fresh.id())).singleElement()
                .satisfies(task -> assertThat(task.kind()).isEqualTo(TaskKind.CONFIRMATION_CALL));
        assertThat(desk.tasks().forBooking(confirmed.id())).isEmpty();
        assertThat(desk.tasks().forBooking(later.id())).isEmpty();
    }

    @Test
    void aClientAwayForTheBranchsDaysGetsOneFollowUpUntilSheComesAgain() {
        desk.autoTasks().saveSettings(salon.branch, new AutoTaskSettings(true, false, 30));
        BookingInfo visit = book(DAY, LocalTime.of(10, 0));
        clock.set(DAY.atTime(11, 30));
        desk.booking().changeStatus(visit.id(), BookingStatus.CONFIRMED, null);
        desk.booking().changeStatus(visit.id(), BookingStatus.ARRIVED, null);
        desk.booking().changeStatus(visit.id(), BookingStatus.COMPLETED, null);

        clock.set(DAY.plusDays(29).atTime(9, 0));
        assertThat(desk.autoTasks().makeDueTasks()).isZero();
        clock.set(DAY.plusDays(30).atTime(9, 0));
        assertThat(desk.autoTasks().makeDueTasks()).isEqualTo(1);
        assertThat(desk.tasks().forClient(salon.anna)).singleElement()
                .satisfies(task -> assertThat(task.kind()).isEqualTo(TaskKind.FOLLOW_UP));
        clock.set(DAY.plusDays(45).atTime(9, 0));
        assertThat(desk.autoTasks().makeDueTasks()).as("one follow-up per absence").isZero();
    }

    @Test
    void aClientWithABookingAheadGetsNoFollowUp() {
        desk.autoTasks().saveSettings(salon.branch, new AutoTaskSettings(true, false, 30));
        BookingInfo visit = book(DAY, LocalTime.of(10, 0));
        clock.set(DAY.atTime(11, 30));
        desk.booking().changeStatus(visit.id(), BookingStatus.CONFIRMED, null);
        desk.booking().changeStatus(visit.id(), BookingStatus.ARRIVED, null);
        desk.booking().changeStatus(visit.id(), BookingStatus.COMPLETED, null);
        clock.set(DAY.plusDays(40).atTime(9, 0));
        book(DAY.plusDays(42), LocalTime.of(10, 0));

        assertThat(desk.autoTasks().makeDueTasks()).isZero();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new AutoTaskSettings(true, true, 3)).isInstanceOf(SalonDeskException.class);
        assertThatThrownBy(() -> desk.autoTasks().saveSettings(9_999L, new AutoTaskSettings(true, true, null)))
                .isInstanceOf(SalonDeskException.class);
    }
}
