package org.salondesk.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.availability.BookingStatus;
import org.salondesk.catalog.BranchPolicies;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestLocale;
import org.salondesk.testing.TestToday;

/** The tasks the desk makes by itself: after a no-show, the day before a new booking, after a long absence. */
class AutoTasksTest {

    private static final LocalDate DAY = TestToday.date();

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
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
        tasks(false, true, null);
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
        tasks(true, false, 30);
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
        tasks(true, false, 30);
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
        assertThatThrownBy(() -> desk.branches().savePolicies(9_999L,
                new BranchPolicies(true, true, null, null))).isInstanceOf(SalonDeskException.class);
        assertThatThrownBy(() -> desk.branches().savePolicies(salon.branch,
                new BranchPolicies(true, true, 3, null)))
                .isInstanceOf(SalonDeskException.class);
    }

    @Test
    void aTaskTheDeskMadeInEnglishReadsInTheLanguageOfWhoeverReadsIt() {
        BookingInfo booked = book(DAY, LocalTime.of(10, 0));
        clock.set(DAY.atTime(11, 30));
        try (TestLocale.Restore english = TestLocale.use(Locale.US)) {
            desk.booking().changeStatus(booked.id(), BookingStatus.NO_SHOW, null);
            assertThat(desk.tasks().forBooking(booked.id())).singleElement().satisfies(task ->
                    assertThat(task.title()).startsWith("Call back Анна Смирнова (+7 916").endsWith("at 10:00"));
        }

        try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
            TaskRow task = desk.tasks().forBooking(booked.id()).get(0);
            assertThat(task.title()).startsWith("Перезвонить: Анна Смирнова (+7 916").contains("неявка " + DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(TestLocale.RUSSIAN).format(DAY))
                    .endsWith("в 10:00");
            assertThat(desk.tasks().list(TaskList.TODAY, null)).extracting(TaskRow::title)
                    .containsExactly(task.title());

            desk.tasks().update(task.id(), task.form());
            assertThat(desk.tasks().get(task.id()).title()).as("saved unchanged, still the desk's words")
                    .isEqualTo(task.title());
            desk.tasks().update(task.id(), new TaskForm(null, "Звонила, не ответила", null, DAY, null,
                    task.clientId(), task.bookingId()));
        }
        try (TestLocale.Restore english = TestLocale.use(Locale.US)) {
            assertThat(desk.tasks().forBooking(booked.id())).singleElement().satisfies(task -> {
                assertThat(task.title()).as("a person's words stay hers").isEqualTo("Звонила, не ответила");
                assertThat(task.kind()).isEqualTo(TaskKind.NO_SHOW_CALL_BACK);
            });
        }
    }

    @Test
    void tomorrowsCallsAndFollowUpsAreWordedInTheReadersLanguageToo() {
        BookingInfo fresh = book(DAY.plusDays(1), LocalTime.of(12, 30));
        try (TestLocale.Restore english = TestLocale.use(Locale.US)) {
            assertThat(desk.autoTasks().makeDueTasks()).isEqualTo(1);
        }
        try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
            assertThat(desk.tasks().forBooking(fresh.id())).singleElement().satisfies(task -> assertThat(task.title())
                    .startsWith("Подтвердить запись на завтра: Анна Смирнова (+7 916").endsWith("в 12:30"));
        }
    }

    /** The branch's settings of these tasks, saved by the branch's owner. */
    private void tasks(boolean callBack, boolean confirm, Integer followUpDays) {
        desk.branches().savePolicies(salon.branch,
                desk.branches().policies(salon.branch).withTasks(callBack, confirm, followUpDays));
    }
}
