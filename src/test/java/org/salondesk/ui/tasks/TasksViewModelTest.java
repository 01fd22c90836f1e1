package org.salondesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.booking.BookingInfo;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskForm;
import org.salondesk.task.TaskList;
import org.salondesk.task.TaskRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The tasks screen without a screen. */
class TasksViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(12, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private long natalia;
    private long ksenia;
    private TasksViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        ksenia = desk.staff().create(new StaffForm("ksenia", "Ксения", StaffRole.RECEPTIONIST, null));
        desk.currentStaff().set(natalia);
        viewModel = new TasksViewModel(desk.tasks(), desk.staff(), desk.currentStaff(),
                BackgroundExecutor.sameThread(), new NoticeBoard(), clock);
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNewTaskIsForTheOneAtTheDeskDueTodayAndSaveWaitsForATitle() {
        TaskEditorViewModel editor = viewModel.editor();
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.assigneeProperty().get().value()).isEqualTo(natalia);
        assertThat(editor.assignees()).extracting(choice -> choice.value()).containsExactly(null, ksenia, natalia);
        assertThat(editor.dueDateProperty().get()).isEqualTo(TODAY);
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.titleProblem().get()).isNotEmpty();

        editor.titleProperty().set("Позвонить поставщику");
        editor.dueTimeProperty().set(LocalTime.of(15, 0));
        assertThat(editor.validProperty().get()).isTrue();
        viewModel.save();

        assertThat(viewModel.rows()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Позвонить поставщику");
            assertThat(task.assigneeId()).isEqualTo(natalia);
        });
        assertThat(viewModel.countProperty(TaskList.TODAY).get()).isEqualTo(1);
        assertThat(viewModel.waitingProperty().get()).isEqualTo(1);
        assertThat(editor.isNew()).as("the form is ready for the next one").isTrue();
        assertThat(editor.titleProperty().get()).isEmpty();
    }

    @Test
    void markingDoneMovesTheTaskToDoneAndTheBadgeDrops() {
        desk.tasks().create(new TaskForm(natalia, "Проверить кассу", null, TODAY.minusDays(1), null, null, null));
        desk.tasks().create(new TaskForm(null, "Заказать краску", null, TODAY, null, null, null));
        desk.tasks().create(new TaskForm(ksenia, "Не моё", null, TODAY, null, null, null));
        viewModel.reload();
        assertThat(viewModel.waitingProperty().get()).isEqualTo(2);
        viewModel.listProperty().set(TaskList.OVERDUE);
        TaskRow overdue = viewModel.rows().get(0);
        assertThat(viewModel.isOverdue(overdue)).isTrue();

        viewModel.selectedProperty().set(overdue);
        assertThat(viewModel.editor().titleProperty().get()).isEqualTo("Проверить кассу");
        viewModel.markDone();

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.waitingProperty().get()).isEqualTo(1);
        assertThat(viewModel.countProperty(TaskList.DONE).get()).isEqualTo(1);

        viewModel.mineProperty().set(false);
        viewModel.listProperty().set(TaskList.TODAY);
        assertThat(viewModel.rows()).extracting(TaskRow::title).containsExactlyInAnyOrder("Заказать краску", "Не моё");
    }

    @Test
    void aTaskAboutABookingOpensTheBookingAndCanBeEditedAndDeleted() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1),
                LocalTime.of(10, 0), salon.olga, salon.anna);
        viewModel.newTaskAbout(salon.anna, booked.id(), "Анна Смирнова");
        viewModel.editor().titleProperty().set("Уточнить цвет");
        viewModel.save();
        TaskRow task = viewModel.rows().get(0);
        assertThat(task.clientId()).isEqualTo(salon.anna);
        AtomicLong opened = new AtomicLong();
        viewModel.setOnOpenBooking(opened::set);
        viewModel.selectedProperty().set(task);
        viewModel.openBooking();
        assertThat(opened).hasValue(booked.id());

        viewModel.editor().dueDateProperty().set(TODAY.plusDays(3));
        viewModel.save();
        assertThat(viewModel.rows()).isEmpty();
        viewModel.listProperty().set(TaskList.UPCOMING);
        assertThat(viewModel.rows()).singleElement().satisfies(row -> assertThat(row.dueDate())
                .isEqualTo(TODAY.plusDays(3)));

        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.delete();
        assertThat(viewModel.rows()).isEmpty();
        assertThat(desk.tasks().forClient(salon.anna)).isEmpty();
    }

    @Test
    void aRefusalIsShownInWords() {
        viewModel.editor().titleProperty().set("Кому?");
        desk.staff().setActive(natalia, false);
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).contains("Наталья");
        assertThat(desk.tasks().counts(null).values()).allMatch(count -> count == 0);
    }

    @Test
    void aTaskDueInThePastIsSavedOnlyOnceTheUserSaysSo() {
        TaskEditorViewModel editor = viewModel.editor();
        editor.titleProperty().set("Вернуть долг");
        editor.dueDateProperty().set(LocalDate.of(2020, 3, 2));
        viewModel.save();

        assertThat(viewModel.pastDueQuestionProperty().get()).contains("2020");
        assertThat(desk.tasks().counts(null).values()).as("nothing saved while asking").allMatch(count -> count == 0);

        viewModel.answerPastDue(false);
        assertThat(viewModel.pastDueQuestionProperty().get()).isEmpty();
        assertThat(desk.tasks().counts(null).values()).allMatch(count -> count == 0);
        assertThat(editor.titleProperty().get()).as("the form stays to change the date").isEqualTo("Вернуть долг");

        viewModel.save();
        assertThat(viewModel.pastDueQuestionProperty().get()).isNotEmpty();
        viewModel.answerPastDue(true);
        assertThat(viewModel.pastDueQuestionProperty().get()).isEmpty();
        assertThat(desk.tasks().counts(null).get(TaskList.OVERDUE)).isEqualTo(1);
    }

    @Test
    void anHourThatHasPassedTodayIsAskedAboutTooButAnOldDueKeptAsItWasIsNot() {
        TaskEditorViewModel editor = viewModel.editor();
        editor.titleProperty().set("Перезвонить до обеда");
        editor.dueTimeProperty().set(LocalTime.of(11, 30));
        viewModel.save();
        assertThat(viewModel.pastDueQuestionProperty().get()).contains("11:30");
        viewModel.answerPastDue(true);

        viewModel.listProperty().set(TaskList.OVERDUE);
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        editor.titleProperty().set("Перезвонить после обеда");
        viewModel.save();
        assertThat(viewModel.pastDueQuestionProperty().get()).isEmpty();
        assertThat(viewModel.rows()).singleElement()
                .satisfies(task -> assertThat(task.title()).isEqualTo("Перезвонить после обеда"));

        editor.dueTimeProperty().set(LocalTime.of(15, 0));
        viewModel.save();
        assertThat(viewModel.pastDueQuestionProperty().get()).as("a due today later on").isEmpty();
    }

    @Test
    void theTaskFormIsDirtyWhileItHoldsEditsAndDiscardPutsItBack() {
        TaskEditorViewModel editor = viewModel.editor();
        assertThat(viewModel.dirty()).isFalse();
        editor.titleProperty().set("Заказать полотенца");
        assertThat(viewModel.dirty()).isTrue();
        viewModel.discard();
        assertThat(editor.titleProperty().get()).isEmpty();
        assertThat(viewModel.dirty()).isFalse();

        editor.titleProperty().set("Заказать полотенца");
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
    }
}
