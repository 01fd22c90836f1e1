package org.salondesk.ui.schedules;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BookingConflict;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;

/**
 * How the schedules screen makes a change: it asks first which bookings the change would strand, writes it at once
 * when none, else hands the conflicts dialog the decision; then it tells the desk and whoever re-reads (the calendar).
 */
final class ScheduleChangeFlow {

    private final ScheduleService schedules;
    private final AvailabilityService availability;
    private final BookingQueries queries;
    private final BookingService booking;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Consumer<String> changed;
    private final Consumer<Throwable> fail;
    private final ReadOnlyObjectWrapper<ConflictsViewModel> conflicts = new ReadOnlyObjectWrapper<>(this, "conflicts");
    private LongConsumer onChanged = startedNanos -> { };
    // When the change being written was asked for (the desk logs how long it takes to reach the calendar).
    private long startedNanos;

    /** {@code changed} gets the notice's key once a change is written (to tell and re-read); {@code fail} a failure. */
    ScheduleChangeFlow(ScheduleService schedules, AvailabilityService availability, BookingQueries queries,
                       BookingService booking, BackgroundExecutor background, NoticeBoard notices,
                       Consumer<String> changed, Consumer<Throwable> fail) {
        this.schedules = schedules;
        this.availability = availability;
        this.queries = queries;
        this.booking = booking;
        this.background = background;
        this.notices = notices;
        this.changed = changed;
        this.fail = fail;
    }

    void setOnChanged(LongConsumer onChanged) {
        this.onChanged = onChanged;
    }

    /** Marks now as when Save was pressed. */
    void started() {
        startedNanos = System.nanoTime();
    }

    /** A change that may strand bookings: asked first; made at once when it strands none, else decided on. */
    void change(ScheduleChange change) {
        started();
        background.run(() -> schedules.conflicts(change), found -> {
            if (found.isEmpty()) {
                write(() -> schedules.applyAfterPreview(change, Map.of()), "schedules.saved", () -> { });
            } else {
                askAbout(change, found);
            }
        }, fail);
    }

    private void askAbout(ScheduleChange change, List<BookingConflict> found) {
        ConflictsViewModel dialog = new ConflictsViewModel(schedules, availability, queries, booking, background,
                change, found);
        dialog.loadMoveTargets();
        conflicts.set(dialog);
    }

    /** The conflicts dialog closed; {@code applied} says whether the change was made. */
    void conflictsClosed(boolean applied) {
        conflicts.set(null);
        if (applied) {
            done("schedules.saved");
        } else {
            notices.post(Notice.info(Messages.get("schedules.gaveUp")));
        }
    }

    /** A write that strands no booking (a removal, a copy checked by the service); {@code then} runs after it. */
    void write(Runnable write, String noticeKey, Runnable then) {
        if (conflicts.get() == null) {
            started();
        }
        background.run(() -> {
            write.run();
            return null;
        }, nothing -> {
            done(noticeKey);
            then.run();
        }, fail);
    }

    private void done(String noticeKey) {
        changed.accept(noticeKey);
        onChanged.accept(startedNanos);
    }

    /** Set while a change waits for decisions about the bookings it would strand (the View shows the dialog). */
    ReadOnlyObjectProperty<ConflictsViewModel> conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }
}
