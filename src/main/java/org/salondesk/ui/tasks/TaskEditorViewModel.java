package org.salondesk.ui.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.task.TaskForm;
import org.salondesk.task.TaskRow;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.EditBaseline;

/**
 * The form of one task, new or being edited: for whom, what, when, and the client or booking it is about. Says what
 * is wrong while it is wrong, so that Save is enabled only for a task the desk will take.
 */
public final class TaskEditorViewModel {

    /** No task yet: Save creates one. */
    static final long NEW = 0;

    private final LongProperty taskId = new SimpleLongProperty(this, "taskId", NEW);
    private final ObservableList<Choice<Long>> assignees = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> assignee = new SimpleObjectProperty<>(this, "assignee");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
    private final ObjectProperty<LocalTime> dueTime = new SimpleObjectProperty<>(this, "dueTime");
    private final ObjectProperty<Long> clientId = new SimpleObjectProperty<>(this, "clientId");
    private final StringProperty about = new SimpleStringProperty(this, "about", "");
    private final ObjectProperty<Long> bookingId = new SimpleObjectProperty<>(this, "bookingId");
    private final StringBinding titleProblem = Bindings.createStringBinding(() -> title.get().isBlank()
            ? Messages.get("tasks.problem.title") : TaskForm.TITLE.problem(title.get()), title);
    private final StringBinding descriptionProblem = Bindings.createStringBinding(() ->
            TaskForm.DESCRIPTION.problem(description.get()), description);
    private final StringBinding dueProblem = Bindings.createStringBinding(() -> dueDate.get() == null
            ? Messages.get("tasks.problem.due") : "", dueDate);
    private final BooleanBinding valid = titleProblem.isEmpty().and(dueProblem.isEmpty())
            .and(descriptionProblem.isEmpty());
    private final EditBaseline asStarted = new EditBaseline(assignee, title, description, dueDate, dueTime);
    private LocalDate startedDueDate;
    private LocalTime startedDueTime;

    /** The people a task can be for: the desk (anyone) first, then the active staff users. */
    void setStaff(Iterable<StaffRow> staff) {
        Long chosen = assignee.get() == null ? null : assignee.get().value();
        assignees.setAll(Choice.all(Messages.get("tasks.anyone")));
        staff.forEach(row -> assignees.add(Choice.of(row.id(), row.displayName())));
        assignee.set(choiceOf(chosen));
    }

    /** A new task due {@code today}, for {@code assigneeId} (null: anyone), about a client or booking if given. */
    void startNew(LocalDate today, Long assigneeId, Long client, Long booking, String aboutText) {
        taskId.set(NEW);
        assignee.set(choiceOf(assigneeId));
        title.set("");
        description.set("");
        dueDate.set(today);
        dueTime.set(null);
        clientId.set(client);
        bookingId.set(booking);
        about.set(aboutText == null ? "" : aboutText);
        started();
    }

    void edit(TaskRow task) {
        taskId.set(task.id());
        assignee.set(choiceOf(task.assigneeId()));
        title.set(task.title());
        description.set(task.description() == null ? "" : task.description());
        dueDate.set(task.dueDate());
        dueTime.set(task.dueTime());
        clientId.set(task.clientId());
        bookingId.set(task.bookingId());
        about.set(TaskTexts.about(task));
        started();
    }

    /** What the form shows now is what was read (or begun), for telling edits apart. */
    void started() {
        asStarted.mark();
        startedDueDate = isNew() ? null : dueDate.get();
        startedDueTime = isNew() ? null : dueTime.get();
    }

    /** Whether the user changed the form since it was read or begun. */
    boolean changed() {
        return asStarted.changed();
    }

    /** Puts back what the form showed when it was read or begun. */
    void restore() {
        asStarted.restore();
    }

    /**
     * Whether the task would be due before {@code now} by a date or time given here: a new task, or a due moved; an
     * old overdue task whose due stays as it was is not asked about again.
     */
    boolean dueInThePast(LocalDate today, LocalTime now) {
        LocalDate date = dueDate.get();
        LocalTime time = dueTime.get();
        if (date == null) {
            return false;
        }
        boolean past = date.isBefore(today) || date.equals(today) && time != null && time.isBefore(now);
        boolean given = isNew() || !Objects.equals(date, startedDueDate) || !Objects.equals(time, startedDueTime);
        return past && given;
    }

    TaskForm form() {
        return new TaskForm(assignee.get() == null ? null : assignee.get().value(), title.get(), description.get(),
                dueDate.get(), dueTime.get(), clientId.get(), bookingId.get());
    }

    private Choice<Long> choiceOf(Long staffUserId) {
        return assignees.stream().filter(choice -> Objects.equals(choice.value(), staffUserId)).findFirst()
                .orElse(assignees.isEmpty() ? null : assignees.get(0));
    }

    public boolean isNew() {
        return taskId.get() == NEW;
    }

    public LongProperty taskIdProperty() {
        return taskId;
    }

    public ObservableList<Choice<Long>> assignees() {
        return assignees;
    }

    public ObjectProperty<Choice<Long>> assigneeProperty() {
        return assignee;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<LocalTime> dueTimeProperty() {
        return dueTime;
    }

    public ObjectProperty<Long> clientIdProperty() {
        return clientId;
    }

    public ObjectProperty<Long> bookingIdProperty() {
        return bookingId;
    }

    /** Whom and what the task is about, in words ("Анна Смирнова, +7 916 …; booking 1042"). */
    public StringProperty aboutProperty() {
        return about;
    }

    public StringBinding titleProblem() {
        return titleProblem;
    }

    /** Details too long to keep (the only way they can be wrong). */
    public StringBinding descriptionProblem() {
        return descriptionProblem;
    }

    public StringBinding dueProblem() {
        return dueProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
