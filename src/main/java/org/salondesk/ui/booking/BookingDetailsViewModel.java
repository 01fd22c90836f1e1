package org.salondesk.ui.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingTexts;
import org.salondesk.i18n.Messages;
import org.salondesk.task.TaskRow;
import org.salondesk.task.TaskService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.NoticeBoard;

/**
 * One booking's details and what can be done with it next: the status steps the pipeline allows now, and cancel
 * with a reason. After a change it tells its owner ({@code onChanged}) so that the calendar or list re-reads.
 */
public final class BookingDetailsViewModel {

    private final BookingQueries queries;
    private final BookingService booking;
    private final TaskService tasks;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final StatusSteps steps;
    private final LinkedBookingsViewModel linked;
    private Runnable onChanged = () -> { };
    private Consumer<BookingDetails> onOpenInCalendar = shown -> { };
    private Consumer<BookingDetails> onNewTask = shown -> { };
    private Consumer<TaskRow> onOpenTask = task -> { };
    private LongConsumer onCheckout = bookingId -> { };

    private final ReadOnlyObjectWrapper<BookingDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ObservableList<BookingStatus> actions = FXCollections.observableArrayList();
    private final StringProperty cancelReason = new SimpleStringProperty(this, "cancelReason", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<BookingQueries.HistoryLine> history = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> bookingTasks = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<Map.Entry<String, String>> customFields = FXCollections.observableArrayList();
    private final StringBinding cancelReasonProblem = Bindings.createStringBinding(() ->
            BookingTexts.CANCEL_REASON.problem(cancelReason.get()), cancelReason);
    private final StringBinding noteProblem = Bindings.createStringBinding(() -> BookingTexts.NOTE.problem(note.get()),
            note);
    private final BooleanBinding canCancel;
    private LongPredicate mayChange = master -> true;
    private final BooleanBinding editable = Bindings.createBooleanBinding(() -> details.get() != null
            && mayChange.test(details.get().masterId()), details);
    private final BooleanBinding canCheckOut = Bindings.createBooleanBinding(() -> editable.get()
            && checkable(details.get().status()), editable, details);
    private long requestSequence;

    public BookingDetailsViewModel(BookingQueries queries, BookingService booking, TaskService tasks,
                                   BackgroundExecutor background, NoticeBoard notices, Clock clock) {
        this.queries = queries;
        this.booking = booking;
        this.tasks = tasks;
        this.background = background;
        this.clock = clock;
        this.steps = new StatusSteps(booking, background, notices, this::changed, this::fail);
        this.linked = new LinkedBookingsViewModel(booking, background, details.getReadOnlyProperty(), cancelReason,
                id -> mayChange.test(id), this::changed, this::fail);
        canCancel = Bindings.createBooleanBinding(() -> details.get() != null
                        && details.get().status().canChangeTo(BookingStatus.CANCELLED)
                        && mayChange.test(details.get().masterId())
                        && !cancelReason.get().isBlank() && cancelReasonProblem.get().isEmpty(),
                details, cancelReason, cancelReasonProblem);
    }

    /**
     * Which masters' bookings this desk changes (on a master's desk, her own): another's offers no status step, no
     * cancel and no edit of its note or fields here (the booking service refuses them anyway).
     */
    public void setMayChange(LongPredicate byMaster) {
        this.mayChange = byMaster;
        editable.invalidate();
        canCheckOut.invalidate();
    }

    /** A booking is shown that this desk may change: its note and fields can be edited. */
    public BooleanBinding editableBinding() {
        return editable;
    }

    /** Who re-reads after a change (the calendar, the request list). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Where "open in the calendar" leads (the shell shows the calendar at the booking). */
    public void setOnOpenInCalendar(Consumer<BookingDetails> action) {
        this.onOpenInCalendar = action;
    }

    /** Where "new task" and opening one of the booking's tasks lead (the tasks screen). */
    public void setOnTasks(Consumer<BookingDetails> onNewTask, Consumer<TaskRow> onOpenTask) {
        this.onNewTask = onNewTask;
        this.onOpenTask = onOpenTask;
    }

    /** Where "check out" leads (the checkout dialog of the booking). */
    public void setOnCheckout(LongConsumer onCheckout) {
        this.onCheckout = onCheckout;
    }

    /** The booking shown can be checked out here: the client came (or is served at once) and it is this desk's. */
    public BooleanBinding canCheckOutBinding() {
        return canCheckOut;
    }

    /** Checks out the booking shown. */
    public void checkOut() {
        if (canCheckOut.get()) {
            onCheckout.accept(details.get().id());
        }
    }

    /** Checks out the booking (the calendar's selected one), if its status allows it. */
    public void checkOut(long bookingId, BookingStatus status) {
        if (checkable(status)) {
            onCheckout.accept(bookingId);
        }
    }

    /** A booking the client came to, or a confirmed one served at once. */
    public static boolean checkable(BookingStatus status) {
        return status == BookingStatus.ARRIVED || status == BookingStatus.CONFIRMED;
    }

    /** A new task about the booking shown and its client. */
    public void newTask() {
        BookingDetails shown = details.get();
        if (shown != null) {
            onNewTask.accept(shown);
        }
    }

    public void openTask(TaskRow task) {
        if (task != null) {
            onOpenTask.accept(task);
        }
    }

    /** Shows the booking in the calendar: its branch, its day, selected. */
    public void openInCalendar() {
        BookingDetails shown = details.get();
        if (shown != null) {
            onOpenInCalendar.accept(shown);
        }
    }

    /** Shows the booking with this id, or nothing for null. */
    public void show(Long bookingId) {
        error.set("");
        if (bookingId == null) {
            ++requestSequence;
            details.set(null);
            actions.clear();
            return;
        }
        load(bookingId);
    }

    /** Reads the booking shown again (it changed, here or on another desk); what is being typed is kept. */
    public void refresh() {
        BookingDetails shown = details.get();
        if (shown != null) {
            load(shown.id());
        }
    }

    private void load(long bookingId) {
        long request = ++requestSequence;
        background.run(() -> new Loaded(queries.details(bookingId), queries.history(bookingId),
                tasks.forBooking(bookingId)), loaded -> {
            if (request == requestSequence) {
                BookingDetails shown = loaded.details();
                BookingDetails before = details.get();
                boolean same = before != null && before.id() == shown.id();
                if (!same) {
                    cancelReason.set("");
                }
                // The same booking read again (changed on another desk) keeps a note being typed.
                boolean typing = same && !note.get().equals(before.note() == null ? "" : before.note());
                details.set(shown);
                // Lists read again unchanged are left alone: their buttons and rows keep the focus.
                setIfChanged(actions, offered(shown));
                setIfChanged(history, loaded.history());
                setIfChanged(bookingTasks, loaded.tasks());
                if (!typing) {
                    note.set(shown.note() == null ? "" : shown.note());
                }
                setIfChanged(customFields, new TreeMap<>(shown.customFields()).entrySet().stream()
                        .map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList());
            }
        }, this::fail);
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    /**
     * The steps offered now: those the pipeline allows, without cancel (it needs a reason), without "no-show" before
     * the booking has begun and without "arrived"/"completed" before its day.
     */
    List<BookingStatus> offered(BookingDetails shown) {
        if (!mayChange.test(shown.masterId())) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime start = shown.date().atTime(shown.start());
        return shown.status().next().stream()
                .filter(status -> status != BookingStatus.CANCELLED)
                .filter(status -> status != BookingStatus.NO_SHOW || !now.isBefore(start))
                .filter(status -> (status != BookingStatus.ARRIVED && status != BookingStatus.COMPLETED)
                        || !now.toLocalDate().isBefore(shown.date()))
                .sorted()
                .toList();
    }

    /** Moves the booking shown one step along the pipeline. */
    public void changeStatus(BookingStatus status) {
        BookingDetails shown = details.get();
        if (shown != null) {
            changeStatus(shown.id(), shown.number(), status);
        }
    }

    /** Moves a booking along the pipeline (also from the calendar's context menu); the step can be undone. */
    public void changeStatus(long bookingId, long number, BookingStatus status) {
        steps.changeStatus(bookingId, number, status);
    }

    /** Cancels the booking shown with the typed reason. */
    public void cancel() {
        BookingDetails shown = details.get();
        if (shown == null || !canCancel.get()) {
            return;
        }
        cancel(shown.branchId(), shown.id(), shown.number(), shown.status(), cancelReason.get());
    }

    /**
     * Cancels a booking with a reason; the booking stays, as cancelled, and its time is free at once. The undo
     * history can take it back (the booking returns to {@code previous} if its time is still free).
     */
    public void cancel(long branchId, long bookingId, long number, BookingStatus previous, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            error.set(Messages.get("error.required", Messages.get("field.cancelReason")));
            return;
        }
        steps.cancel(branchId, bookingId, number, previous, why, () -> cancelReason.set(""));
    }

    /** Saves the edited note of the booking shown (blank removes it). */
    public void saveNote() {
        BookingDetails shown = details.get();
        if (!editable.get() || !noteProblem.get().isEmpty()) {
            return;
        }
        String text = note.get();
        background.run(() -> {
            booking.updateNote(shown.id(), text);
            return null;
        }, done -> changed(shown.id()), this::fail);
    }

    /** Sets (or, with a blank value, removes) a custom field of the booking shown. */
    public void setCustomField(String key, String value) {
        BookingDetails shown = details.get();
        if (!editable.get()) {
            return;
        }
        background.run(() -> {
            booking.setCustomField(shown.id(), key, value);
            return null;
        }, done -> changed(shown.id()), this::fail);
    }

    private record Loaded(BookingDetails details, List<BookingQueries.HistoryLine> history, List<TaskRow> tasks) {
    }

    private void changed(long bookingId) {
        BookingDetails shown = details.get();
        if (shown != null && shown.id() == bookingId) {
            show(bookingId);
        }
        onChanged.run();
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    /** The series or visit the booking shown belongs to. */
    public LinkedBookingsViewModel linked() {
        return linked;
    }

    /** The booking shown, or null. */
    public ReadOnlyObjectProperty<BookingDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The status steps offered now, in pipeline order. */
    public ObservableList<BookingStatus> actions() {
        return actions;
    }

    /** Why the booking is being cancelled; required to cancel. */
    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    public BooleanBinding canCancelBinding() {
        return canCancel;
    }

    /** What happened to the booking, oldest first. */
    public ObservableList<BookingQueries.HistoryLine> history() {
        return history;
    }

    /** The tasks about this booking (a call-back after a no-show, a confirmation call). */
    public ObservableList<TaskRow> tasks() {
        return bookingTasks;
    }

    /** The note as edited (saved with {@link #saveNote()}). */
    public StringProperty noteProperty() {
        return note;
    }

    /** A note too long to keep, marked at once: Save note stays disabled until it fits. */
    public StringBinding noteProblem() {
        return noteProblem;
    }

    /** A reason too long to keep, marked at once: Cancel stays disabled until it fits. */
    public StringBinding cancelReasonProblem() {
        return cancelReasonProblem;
    }

    /** The booking's custom fields, by key. */
    public ObservableList<Map.Entry<String, String>> customFields() {
        return customFields;
    }

    /** The last refusal in the user's words. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
