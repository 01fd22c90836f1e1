package org.salondesk.ui.mytime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.TimeSpan;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;

/**
 * A master's own time, as the admin guide's "my working time": her days off (listed, added one or a range at a time,
 * removed) and her breaks (a day's working time in steps, the free ones ticked and saved as breaks at once). Which
 * steps are free is availability's answer, and the schedule service refuses a break over a booking all the same.
 */
public final class MyTimeViewModel {

    private final ScheduleService schedules;
    private final AvailabilityService availability;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Clock clock;

    private final ObservableList<DayOffRow> daysOff = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> offFrom = new SimpleObjectProperty<>(this, "offFrom");
    private final ObjectProperty<LocalDate> offTo = new SimpleObjectProperty<>(this, "offTo");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObservableList<StepChoice> steps = FXCollections.observableArrayList();
    private final ObservableList<BreakRow> breaks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Long masterId;

    public MyTimeViewModel(ScheduleService schedules, AvailabilityService availability, BackgroundExecutor background,
                           NoticeBoard notices, Clock clock) {
        this.schedules = schedules;
        this.availability = availability;
        this.background = background;
        this.notices = notices;
        this.clock = clock;
        // A range never starts after it ends: a later first day carries the last day along.
        offFrom.addListener((obs, old, now) -> {
            if (now != null && (offTo.get() == null || offTo.get().isBefore(now))) {
                offTo.set(now);
            }
        });
        day.addListener((obs, old, now) -> readDay());
    }

    /** Whose time the screen shows: the signed-in master's record, null when nobody's (not a master). */
    public void setMaster(Long masterId) {
        this.masterId = masterId;
        daysOff.clear();
        breaks.clear();
        steps.clear();
        error.set("");
    }

    /** Reads her days off and breaks from today on, and the chosen day's steps (today at first). */
    public void start() {
        LocalDate today = LocalDate.now(clock);
        if (offFrom.get() == null || offFrom.get().isBefore(today)) {
            offFrom.set(today);
        }
        if (day.get() == null || day.get().isBefore(today)) {
            day.set(today);
        }
        reload();
    }

    private void reload() {
        if (masterId == null) {
            return;
        }
        long master = masterId;
        LocalDate today = LocalDate.now(clock);
        background.run(() -> new Lists(schedules.daysOff(master, today), schedules.breaks(master, today)), lists -> {
            daysOff.setAll(lists.daysOff());
            breaks.setAll(lists.breaks());
        }, this::failed);
        readDay();
    }

    private record Lists(List<DayOffRow> daysOff, List<BreakRow> breaks) {
    }

    private void readDay() {
        LocalDate shown = day.get();
        if (masterId == null || shown == null) {
            steps.clear();
            return;
        }
        long master = masterId;
        background.run(() -> availability.daySteps(master, shown), read -> {
            if (shown.equals(day.get())) {
                steps.setAll(read.stream().map(StepChoice::new).toList());
            }
        }, this::failed);
    }

    /** Adds the days off from the first date to the last (one day when they are the same). */
    public void addDaysOff() {
        LocalDate from = offFrom.get();
        LocalDate to = offTo.get() == null ? from : offTo.get();
        write(() -> schedules.addDaysOff(masterId, from, to, null),
                from.equals(to) ? Messages.get("mytime.dayOffAdded", from)
                        : Messages.get("mytime.daysOffAdded", from, to));
    }

    public void removeDayOff(DayOffRow off) {
        write(() -> schedules.removeDayOff(off.masterId(), off.date()), Messages.get("mytime.dayOffRemoved",
                off.date()));
    }

    /** Whether any free step is ticked. */
    public boolean anyChosen() {
        return steps.stream().anyMatch(choice -> choice.chosenProperty().get());
    }

    /** Saves the ticked steps of the day as breaks, neighbours joined into one; all or none. */
    public void saveBreaks() {
        List<TimeSpan> spans = chosenSpans();
        if (spans.isEmpty()) {
            error.set(Messages.get("mytime.noStepChosen"));
            return;
        }
        LocalDate date = day.get();
        write(() -> schedules.addBreaks(masterId, date, spans), Messages.get("mytime.breaksAdded", spans.size(),
                date));
    }

    /** The ticked steps in order, the ones that touch joined into one span each. */
    List<TimeSpan> chosenSpans() {
        List<TimeSpan> spans = new ArrayList<>();
        for (StepChoice choice : steps) {
            if (!choice.chosenProperty().get()) {
                continue;
            }
            TimeSpan step = choice.step().span();
            TimeSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == step.start()) {
                spans.set(spans.size() - 1, new TimeSpan(last.start(), step.end()));
            } else {
                spans.add(step);
            }
        }
        return spans;
    }

    public void removeBreak(BreakRow pause) {
        write(() -> schedules.removeBreak(pause.id()), Messages.get("mytime.breakRemoved", pause.date(),
                Messages.time(pause.start()), Messages.time(pause.end())));
    }

    /** Writes in the background; then the lists and the day are read again, or the refusal shows. */
    private void write(Runnable change, String done) {
        if (masterId == null || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            change.run();
            return null;
        }, ignored -> {
            busy.set(false);
            error.set("");
            notices.post(Notice.info(done));
            reload();
        }, failure -> {
            busy.set(false);
            failed(failure);
            // What she saw may be out of date (a booking made meanwhile): the day is read again.
            readDay();
        });
    }

    private void failed(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<DayOffRow> daysOff() {
        return daysOff;
    }

    /** The first day off to add. */
    public ObjectProperty<LocalDate> offFromProperty() {
        return offFrom;
    }

    /** The last day off to add (the first one when empty). */
    public ObjectProperty<LocalDate> offToProperty() {
        return offTo;
    }

    /** The day whose steps are shown for choosing breaks. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The chosen day's working time in steps; empty when she does not work that day. */
    public ObservableList<StepChoice> steps() {
        return steps;
    }

    /** Her one-off breaks from today on. */
    public ObservableList<BreakRow> breaks() {
        return breaks;
    }

    public NoticeBoard notices() {
        return notices;
    }

    /** The last refusal in her words; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a change is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
