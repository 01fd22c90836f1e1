package org.salondesk.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.booking.BookingInfo;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The task lists through the application API. */
class TaskServiceTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(12, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private long natalia;
    private long ksenia;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        ksenia = desk.staff().create(new StaffForm("ksenia", "Ксения", StaffRole.RECEPTIONIST, null));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long task(Long assignee, String title, LocalDate due, LocalTime time) {
        return desk.tasks().create(new TaskForm(assignee, title, null, due, time, null, null));
    }

    @Test
    void listsSortTasksIntoOverdueTodayUpcomingAndDone() {
        long yesterday = task(natalia, "Позвонить поставщику", TODAY.minusDays(1), null);
        long thisMorning = task(natalia, "Проверить кассу", TODAY, LocalTime.of(10, 0));
        long thisEvening = task(null, "Закрыть смену", TODAY, LocalTime.of(20, 0));
        long noHour = task(ksenia, "Заказать краску", TODAY, null);
        long nextWeek = task(natalia, "Напомнить о коррекции", TODAY.plusDays(7), null);

        assertThat(ids(TaskList.OVERDUE, null)).containsExactly(yesterday, thisMorning);
        assertThat(ids(TaskList.TODAY, null)).containsExactlyInAnyOrder(thisEvening, noHour);
        assertThat(ids(TaskList.UPCOMING, null)).containsExactly(nextWeek);
        // Natalia's lists hold hers and the desk's unassigned ones, not Ksenia's.
        assertThat(ids(TaskList.TODAY, natalia)).containsExactly(thisEvening);
        assertThat(desk.tasks().waitingCount(natalia)).isEqualTo(3);
        assertThat(desk.tasks().waitingCount(null)).isEqualTo(4);

        desk.tasks().markDone(thisMorning);

        assertThat(ids(TaskList.OVERDUE, null)).containsExactly(yesterday);
        assertThat(ids(TaskList.DONE, null)).containsExactly(thisMorning);
        assertThat(desk.tasks().get(thisMorning).doneAt()).isEqualTo(clock.instant());
        assertThat(desk.tasks().waitingCount(natalia)).isEqualTo(2);
        assertThat(desk.tasks().counts(null)).containsEntry(TaskList.DONE, 1).containsEntry(TaskList.UPCOMING, 1);

        desk.tasks().reopen(thisMorning);
        assertThat(ids(TaskList.DONE, null)).isEmpty();

        // The evening task becomes overdue when its hour passes.
        clock.set(TODAY.atTime(20, 30));
        assertThat(ids(TaskList.OVERDUE, null)).contains(thisEvening);
    }

    @Test
    void aTaskAboutAClientAndABookingShowsThemAndIsFoundFromBoth() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1),
                LocalTime.of(10, 0), salon.olga, salon.anna);
        long id = desk.tasks().create(new TaskForm(natalia, "  Уточнить цвет  ", "Спросить про оттенок",
                TODAY.plusDays(1), LocalTime.of(9, 30), salon.anna, booked.id()));

        TaskRow task = desk.tasks().get(id);
        assertThat(task.title()).isEqualTo("Уточнить цвет");
        assertThat(task.assigneeName()).isEqualTo("Наталья");
        assertThat(task.clientName()).isEqualTo("Анна Смирнова");
        assertThat(task.clientPhone()).isEqualTo("+79161112233");
        assertThat(task.bookingNumber()).isEqualTo(booked.number());
        assertThat(task.kind()).isEqualTo(TaskKind.MANUAL);
        assertThat(desk.tasks().forClient(salon.anna)).extracting(TaskRow::id).containsExactly(id);
        assertThat(desk.tasks().forBooking(booked.id())).extracting(TaskRow::id).containsExactly(id);

        desk.tasks().update(id, new TaskForm(ksenia, "Уточнить цвет и длину", null, TODAY.plusDays(2), null,
                salon.anna, null));
        TaskRow edited = desk.tasks().get(id);
        assertThat(edited.assigneeId()).isEqualTo(ksenia);
        assertThat(edited.title()).isEqualTo("Уточнить цвет и длину");
        assertThat(edited.dueTime()).isNull();
        assertThat(edited.bookingId()).isNull();

        desk.tasks().delete(id);
        assertThat(desk.tasks().forClient(salon.anna)).isEmpty();
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        long existing = task(natalia, "Есть", TODAY, null);
        assertRefused(() -> task(natalia, "   ", TODAY, null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> task(natalia, "Без даты", null, null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> task(natalia, "x".repeat(301), TODAY, null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> task(9_999L, "Кому?", TODAY, null), ErrorCode.NOT_FOUND);
        assertRefused(() -> desk.tasks().create(new TaskForm(null, "О ком?", null, TODAY, null, 9_999L, null)),
                ErrorCode.NOT_FOUND);
        assertRefused(() -> desk.tasks().create(new TaskForm(null, "О чём?", null, TODAY, null, null, 9_999L)),
                ErrorCode.NOT_FOUND);
        desk.staff().setActive(ksenia, false);
        assertRefused(() -> task(ksenia, "Уволилась", TODAY, null), ErrorCode.ILLEGAL_STATE);
        assertRefused(() -> desk.tasks().update(existing, new TaskForm(natalia, "", null, TODAY, null, null, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> desk.tasks().markDone(9_999L), ErrorCode.NOT_FOUND);
        assertRefused(() -> desk.tasks().delete(9_999L), ErrorCode.NOT_FOUND);
        assertRefused(() -> desk.tasks().get(9_999L), ErrorCode.NOT_FOUND);

        assertThat(desk.tasks().list(TaskList.TODAY, null)).singleElement()
                .satisfies(task -> assertThat(task.title()).isEqualTo("Есть"));
    }

    private static void assertRefused(Runnable operation, ErrorCode code) {
        assertThatThrownBy(operation::run).isInstanceOf(SalonDeskException.class)
                .satisfies(error -> assertThat(((SalonDeskException) error).code()).isEqualTo(code));
    }

    private List<Long> ids(TaskList list, Long staffUserId) {
        return desk.tasks().list(list, staffUserId).stream().map(TaskRow::id).toList();
    }
}
