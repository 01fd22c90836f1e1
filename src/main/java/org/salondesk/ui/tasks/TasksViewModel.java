package org.salondesk.ui.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.access.CurrentStaff;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffService;
import org.salondesk.task.TaskForm;
import org.salondesk.task.TaskList;
import org.salondesk.task.TaskRow;
import org.salondesk.task.TaskService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * The task lists: mine (with the desk's unassigned ones) or everyone's; Overdue, Today, Upcoming, Done with their
 * counts; the form of the chosen or a new task; done, reopen, delete; and the count of overdue and today's tasks that
 * the navigation shows. A task given a due in the past is saved only once the user confirms it.
 */
public final class TasksViewModel implements UnsavedEdits {

    private final TaskService tasks;
    private final StaffService staff;
    private final CurrentStaff currentStaff;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Clock clock;

    private final ObjectProperty<TaskList> list = new SimpleObjectProperty<>(this, "list", TaskList.TODAY);
    private final BooleanProperty mine = new SimpleBooleanProperty(this, "mine", true);
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final Map<TaskList, IntegerProperty> counts = new EnumMap<>(TaskList.class);
    private final IntegerProperty waiting = new SimpleIntegerProperty(this, "waiting");
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final TaskEditorViewModel editor = new TaskEditorViewModel();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper pastDueQuestion = new ReadOnlyStringWrapper(this, "pastDueQuestion", "");
    private Runnable afterSaving = () -> { };
    private Long pendingSelection;
    private LongConsumer onOpenClient = id -> { };
    private LongConsumer onOpenBooking = id -> { };

    public TasksViewModel(TaskService tasks, StaffService staff, CurrentStaff currentStaff,
                          BackgroundExecutor background, NoticeBoard notices, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.background = background;
        this.notices = notices;
        this.clock = clock;
        for (TaskList each : TaskList.values()) {
            counts.put(each, new SimpleIntegerProperty(this, each.name()));
        }
        list.addListener((obs, old, now) -> reload());
        mine.addListener((obs, old, now) -> reload());
        selected.addListener((obs, old, task) -> {
            if (task != null) {
                editor.edit(task);
            }
        });
    }

    /** Shows the screen: staff for the form, the lists, and a fresh form. */
    public void start() {
        background.run(() -> staff.list(false), found -> {
            editor.setStaff(found);
            // The first showing starts an empty form; a form already begun (a task about a client) is kept.
            if (selected.get() == null && editor.dueDateProperty().get() == null) {
                newTask();
            }
        }, this::fail);
        reload();
    }

    public void reload() {
        TaskList shown = list.get();
        Long who = scope();
        background.run(() -> new Loaded(tasks.list(shown, who), tasks.counts(who), tasks.waitingCount(currentStaff.id())),
                loaded -> {
                    Long keep = pendingSelection != null ? pendingSelection
                            : selected.get() == null ? null : selected.get().id();
                    pendingSelection = null;
                    // Lists read again unchanged (a change elsewhere) are left alone, and so is the form.
                    if (!rows.equals(loaded.rows())) {
                        rows.setAll(loaded.rows());
                    }
                    loaded.counts().forEach((each, count) -> counts.get(each).set(count));
                    waiting.set(loaded.waiting());
                    TaskRow chosen = rows.stream().filter(row -> keep != null && row.id() == keep).findFirst()
                            .orElse(null);
                    if (!Objects.equals(chosen, selected.get())) {
                        selected.set(chosen);
                    }
                }, this::fail);
    }

    /** Counts again only what the navigation's badge shows. */
    public void refreshWaiting() {
        background.run(() -> tasks.waitingCount(currentStaff.id()), waiting::set, this::fail);
    }

    private record Loaded(List<TaskRow> rows, Map<TaskList, Integer> counts, int waiting) {
    }

    /** Shows a task opened elsewhere (a booking's details): its list, everyone's, with it chosen. */
    public void reveal(TaskRow task) {
        pendingSelection = task.id();
        LocalDate today = LocalDate.now(clock);
        mine.set(false);
        list.set(task.done() ? TaskList.DONE : task.overdueAt(today, LocalTime.now(clock)) ? TaskList.OVERDUE
                : task.dueDate().equals(today) ? TaskList.TODAY : TaskList.UPCOMING);
        pendingSelection = task.id();
        reload();
    }

    /** An empty form for a new task, due today, for the person at the desk. */
    public void newTask() {
        selected.set(null);
        editor.startNew(LocalDate.now(clock), currentStaff.id(), null, null, null);
    }

    /** A new task about a client (from her card) or a booking (from its details). */
    public void newTaskAbout(Long clientId, Long bookingId, String about) {
        selected.set(null);
        editor.startNew(LocalDate.now(clock), currentStaff.id(), clientId, bookingId, about);
    }

    public void save() {
        save(() -> { });
    }

    /** Saves the form, asking first when its due is in the past; {@code then} runs once it is saved. */
    @Override
    public void save(Runnable then) {
        if (!editor.validProperty().get() || !pastDueQuestion.get().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (editor.dueInThePast(today, LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES))) {
            afterSaving = then;
            LocalDate due = editor.dueDateProperty().get();
            LocalTime time = editor.dueTimeProperty().get();
            pastDueQuestion.set(time == null ? Messages.get("tasks.pastDue.question", due)
                    : Messages.get("tasks.pastDue.questionAt", due, time));
            return;
        }
        write(then);
    }

    /** The answer to the question about a due in the past: save it as it is, or go back to the form. */
    public void answerPastDue(boolean saveAnyway) {
        if (pastDueQuestion.get().isEmpty()) {
            return;
        }
        pastDueQuestion.set("");
        Runnable then = afterSaving;
        afterSaving = () -> { };
        if (saveAnyway) {
            write(then);
        }
    }

    private void write(Runnable then) {
        long id = editor.taskIdProperty().get();
        TaskForm form = editor.form();
        background.run(() -> {
            if (id == TaskEditorViewModel.NEW) {
                return tasks.create(form);
            }
            tasks.update(id, form);
            return id;
        }, savedId -> {
            error.set("");
            notices.post(Notice.info(Messages.get("tasks.saved")));
            if (id == TaskEditorViewModel.NEW) {
                newTask();
            } else {
                editor.started();
            }
            reload();
            then.run();
        }, this::fail);
    }

    /** Whether the task form holds edits not saved yet. */
    @Override
    public boolean dirty() {
        return editor.changed();
    }

    @Override
    public boolean canSave() {
        return editor.validProperty().get();
    }

    @Override
    public void discard() {
        editor.restore();
    }

    public void markDone() {
        change(selected.get(), task -> tasks.markDone(task.id()), "tasks.doneNotice");
    }

    public void reopen() {
        change(selected.get(), task -> tasks.reopen(task.id()), "tasks.reopened");
    }

    /** Deletes the chosen task (the View has asked first). */
    public void delete() {
        change(selected.get(), task -> tasks.delete(task.id()), "tasks.deleted");
    }

    private void change(TaskRow task, Consumer<TaskRow> write, String noticeKey) {
        if (task == null) {
            return;
        }
        background.run(() -> {
            write.accept(task);
            return null;
        }, done -> {
            error.set("");
            notices.post(Notice.info(Messages.get(noticeKey, task.title())));
            if (noticeKey.equals("tasks.deleted")) {
                newTask();
            }
            reload();
        }, this::fail);
    }

    public void openClient() {
        TaskRow task = selected.get();
        if (task != null && task.clientId() != null) {
            onOpenClient.accept(task.clientId());
        }
    }

    public void openBooking() {
        TaskRow task = selected.get();
        if (task != null && task.bookingId() != null) {
            onOpenBooking.accept(task.bookingId());
        }
    }

    public void setOnOpenClient(LongConsumer onOpenClient) {
        this.onOpenClient = onOpenClient;
    }

    public void setOnOpenBooking(LongConsumer onOpenBooking) {
        this.onOpenBooking = onOpenBooking;
    }

    /** Whether a task is late now: for the list to make it stand out. */
    public boolean isOverdue(TaskRow task) {
        return task.overdueAt(LocalDate.now(clock), LocalTime.now(clock));
    }

    private Long scope() {
        return mine.get() ? currentStaff.id() : null;
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObjectProperty<TaskList> listProperty() {
        return list;
    }

    /** True: my tasks and the desk's unassigned ones; false: everyone's. */
    public BooleanProperty mineProperty() {
        return mine;
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty countProperty(TaskList of) {
        return counts.get(of);
    }

    /** Overdue and today's tasks of the person at the desk: the navigation's badge. */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting;
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    public TaskEditorViewModel editor() {
        return editor;
    }

    /** Set (non-empty) while the user is asked whether to save a task due in the past; the View shows it. */
    public ReadOnlyStringProperty pastDueQuestionProperty() {
        return pastDueQuestion.getReadOnlyProperty();
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
