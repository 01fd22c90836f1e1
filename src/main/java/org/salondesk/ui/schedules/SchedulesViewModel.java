package org.salondesk.ui.schedules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BookingConflict;
import org.salondesk.schedule.DatedShift;
import org.salondesk.schedule.DayOff;
import org.salondesk.schedule.EmployeeBreak;
import org.salondesk.schedule.RecurringBreak;
import org.salondesk.schedule.RotationPattern;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.schedule.WeeklyShift;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * The schedules of a branch's masters: weekly template, rotating patterns, shifts on dates, days off, breaks, copying,
 * and a month of the resulting working time as the availability service computes it. Every change first asks which
 * bookings it would strand; when there are any, the conflicts dialog decides before anything is written.
 */
public final class SchedulesViewModel implements UnsavedEdits {

    private final ScheduleService schedules;
    private final AvailabilityService availability;
    private final BookingService booking;
    private final BookingQueries queries;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Clock clock;
    private LongConsumer onChanged = startedNanos -> { };
    // When the change being written was asked for (the desk logs how long it takes to reach the calendar).
    private long startedNanos;

    private final ObservableList<CompanyInfo> branches = FXCollections.observableArrayList();
    private final ObjectProperty<CompanyInfo> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<EmployeeInfo> masters = FXCollections.observableArrayList();
    private final ObjectProperty<EmployeeInfo> master = new SimpleObjectProperty<>(this, "master");

    private final ObservableList<WeekdayRow> week = FXCollections.observableArrayList();
    /** The weekly template as read, to tell the admin's unsaved edits of it apart. */
    private List<WeeklyShift> weekAsRead = List.of();
    private final ObservableList<RotationPattern> rotations = FXCollections.observableArrayList();
    private final ObservableList<DatedShift> datedShifts = FXCollections.observableArrayList();
    private final ObservableList<DayOff> daysOff = FXCollections.observableArrayList();
    private final ObservableList<EmployeeBreak> breaks = FXCollections.observableArrayList();
    private final ObservableList<RecurringBreak> recurringBreaks = FXCollections.observableArrayList();

    private final ObjectProperty<LocalDate> rotationAnchor = new SimpleObjectProperty<>(this, "rotationAnchor");
    private final IntegerProperty rotationOn = new SimpleIntegerProperty(this, "rotationOn", 2);
    private final IntegerProperty rotationOff = new SimpleIntegerProperty(this, "rotationOff", 2);
    private final ObjectProperty<LocalTime> rotationStart = time("rotationStart", 9, 0);
    private final ObjectProperty<LocalTime> rotationEnd = time("rotationEnd", 21, 0);
    private final ObjectProperty<LocalDate> rotationValidTo = new SimpleObjectProperty<>(this, "rotationValidTo");
    private final ObjectProperty<LocalDate> datedDate = new SimpleObjectProperty<>(this, "datedDate");
    private final ObjectProperty<LocalTime> datedStart = time("datedStart", 10, 0);
    private final ObjectProperty<LocalTime> datedEnd = time("datedEnd", 18, 0);
    private final ObjectProperty<LocalDate> offFrom = new SimpleObjectProperty<>(this, "offFrom");
    private final ObjectProperty<LocalDate> offTo = new SimpleObjectProperty<>(this, "offTo");
    private final StringProperty offReason = new SimpleStringProperty(this, "offReason", "");
    private final StringBinding offReasonProblem = Bindings.createStringBinding(() ->
            DayOff.REASON.problem(offReason.get()), offReason);
    private final ObjectProperty<LocalDate> breakDate = new SimpleObjectProperty<>(this, "breakDate");
    private final ObjectProperty<LocalTime> breakStart = time("breakStart", 14, 0);
    private final ObjectProperty<LocalTime> breakEnd = time("breakEnd", 14, 30);
    private final ObjectProperty<LocalTime> recurringStart = time("recurringStart", 14, 0);
    private final ObjectProperty<LocalTime> recurringEnd = time("recurringEnd", 14, 30);
    private final ObservableSet<DayOfWeek> recurringDays = FXCollections.observableSet(
            EnumSet.allOf(DayOfWeek.class));
    private final ObjectProperty<LocalDate> recurringFrom = new SimpleObjectProperty<>(this, "recurringFrom");
    private final ObjectProperty<LocalDate> recurringTo = new SimpleObjectProperty<>(this, "recurringTo");
    private final ObservableList<EmployeeInfo> copyTargets = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> copyWeekStart = new SimpleObjectProperty<>(this, "copyWeekStart");
    private final IntegerProperty copyWeeks = new SimpleIntegerProperty(this, "copyWeeks", 4);

    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ReadOnlyObjectWrapper<MonthPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<ConflictsViewModel> conflicts =
            new ReadOnlyObjectWrapper<>(this, "conflicts");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public SchedulesViewModel(ScheduleService schedules, AvailabilityService availability, BookingService booking,
                              BookingQueries queries, BackgroundExecutor background, NoticeBoard notices,
                              Clock clock) {
        this.schedules = schedules;
        this.availability = availability;
        this.booking = booking;
        this.queries = queries;
        this.background = background;
        this.notices = notices;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        rotationAnchor.set(today);
        datedDate.set(today);
        offFrom.set(today);
        offTo.set(today);
        breakDate.set(today);
        recurringFrom.set(today);
        copyWeekStart.set(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        month.set(YearMonth.from(today));
        branch.addListener((obs, old, now) -> loadMasters());
        master.addListener((obs, old, now) -> reload());
        month.addListener((obs, old, now) -> loadPlan());
        // A range never starts after it ends: picking a later first day carries the last day along.
        offFrom.addListener((obs, old, now) -> {
            if (now != null && offTo.get() != null && offTo.get().isBefore(now)) {
                offTo.set(now);
            }
        });
    }

    private ObjectProperty<LocalTime> time(String name, int hour, int minute) {
        return new SimpleObjectProperty<>(this, name, LocalTime.of(hour, minute));
    }

    /** Who re-reads after a change (the calendar); it gets {@link System#nanoTime()} of when Save was pressed. */
    public void setOnChanged(LongConsumer onChanged) {
        this.onChanged = onChanged;
    }

    public void start() {
        background.run(booking::getCompaniesForBooking, list -> {
            branches.setAll(list);
            if (branch.get() == null && !list.isEmpty()) {
                branch.set(list.get(0));
            }
        }, this::fail);
    }

    private void loadMasters() {
        CompanyInfo current = branch.get();
        if (current == null) {
            return;
        }
        background.run(() -> booking.getEmployeesForBooking(current.id(), null, null, null), list -> {
            masters.setAll(list);
            EmployeeInfo keep = master.get();
            master.set(list.stream().filter(m -> keep != null && m.id() == keep.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, this::fail);
    }

    /** Reads the selected master's schedule rows and her month again. */
    public void reload() {
        EmployeeInfo who = master.get();
        if (who == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        background.run(() -> new Rows(schedules.weeklyTemplate(who.id()), schedules.rotations(who.id()),
                schedules.datedShifts(who.id(), today), schedules.daysOff(who.id(), today),
                schedules.breaks(who.id(), today), schedules.recurringBreaks(who.id())), rows -> {
            if (!Objects.equals(who, master.get())) {
                return;
            }
            weekAsRead = rows.weekly();
            week.setAll(weekRows(rows.weekly()));
            rotations.setAll(rows.rotations());
            datedShifts.setAll(rows.dated());
            daysOff.setAll(rows.daysOff());
            breaks.setAll(rows.breaks());
            recurringBreaks.setAll(rows.recurring());
            loadPlan();
        }, this::fail);
    }

    private record Rows(List<WeeklyShift> weekly, List<RotationPattern> rotations, List<DatedShift> dated,
                        List<DayOff> daysOff, List<EmployeeBreak> breaks, List<RecurringBreak> recurring) {
    }

    private static List<WeekdayRow> weekRows(List<WeeklyShift> weekly) {
        return Arrays.stream(DayOfWeek.values()).map(day -> weekly.stream()
                        .filter(shift -> shift.getDayOfWeek() == day).findFirst()
                        .map(shift -> new WeekdayRow(day, shift.getStartTime(), shift.getEndTime()))
                        .orElse(new WeekdayRow(day, null, null)))
                .toList();
    }

    private void loadPlan() {
        EmployeeInfo who = master.get();
        CompanyInfo where = branch.get();
        YearMonth shown = month.get();
        if (who == null || where == null || shown == null) {
            return;
        }
        background.run(() -> {
            Map<Long, EmployeeSchedule> all = availability.schedules(where.id(), who.id(), shown.atDay(1),
                    shown.atEndOfMonth());
            return MonthPlan.of(shown, all.get(who.id()));
        }, plan::set, this::fail);
    }

    /** Saves one weekday of the template (working with these hours, or not working). */
    public void applyWeekday(WeekdayRow row) {
        EmployeeInfo who = master.get();
        if (who != null) {
            change(row.workingProperty().get()
                    ? new ScheduleChange.Weekly(who.id(), row.day(), row.startProperty().get(), row.endProperty().get())
                    : new ScheduleChange.Weekly(who.id(), row.day(), null, null));
        }
    }

    /** Whether a weekday of the template was changed on screen and not saved. */
    @Override
    public boolean dirty() {
        return !changedWeekdays().isEmpty();
    }

    /**
     * Saves every changed weekday of the template; when one of them would strand bookings, the conflicts dialog
     * decides about it as with its own Save, and the screen stays. {@code then} runs once all are saved.
     */
    @Override
    public void save(Runnable then) {
        List<ScheduleChange> changes = changedWeekdays();
        if (changes.isEmpty()) {
            then.run();
            return;
        }
        startedNanos = System.nanoTime();
        background.run(() -> changes.stream().filter(change -> !schedules.conflicts(change).isEmpty()).findFirst(),
                stranding -> {
                    if (stranding.isPresent()) {
                        change(stranding.get());
                    } else {
                        write(() -> changes.forEach(change -> schedules.applyAfterPreview(change, Map.of())),
                                "schedules.saved", then);
                    }
                }, this::fail);
    }

    @Override
    public void discard() {
        List<WeekdayRow> read = weekRows(weekAsRead);
        for (int i = 0; i < week.size() && i < read.size(); i++) {
            week.get(i).workingProperty().set(read.get(i).workingProperty().get());
            week.get(i).startProperty().set(read.get(i).startProperty().get());
            week.get(i).endProperty().set(read.get(i).endProperty().get());
        }
    }

    private List<ScheduleChange> changedWeekdays() {
        EmployeeInfo who = master.get();
        if (who == null) {
            return List.of();
        }
        List<WeekdayRow> read = weekRows(weekAsRead);
        List<ScheduleChange> changes = new ArrayList<>();
        for (int i = 0; i < week.size() && i < read.size(); i++) {
            WeekdayRow shown = week.get(i);
            WeekdayRow was = read.get(i);
            boolean working = shown.workingProperty().get();
            if (working != was.workingProperty().get() || working
                    && (!Objects.equals(shown.startProperty().get(), was.startProperty().get())
                    || !Objects.equals(shown.endProperty().get(), was.endProperty().get()))) {
                changes.add(working ? new ScheduleChange.Weekly(who.id(), shown.day(), shown.startProperty().get(),
                        shown.endProperty().get()) : new ScheduleChange.Weekly(who.id(), shown.day(), null, null));
            }
        }
        return changes;
    }

    public void addRotation() {
        EmployeeInfo who = master.get();
        if (who != null) {
            change(new ScheduleChange.Rotation(who.id(), rotationAnchor.get(), rotationOn.get(), rotationOff.get(),
                    rotationStart.get(), rotationEnd.get(), rotationValidTo.get()));
        }
    }

    public void addDatedShift() {
        EmployeeInfo who = master.get();
        if (who != null) {
            change(new ScheduleChange.OnDate(who.id(), datedDate.get(), datedStart.get(), datedEnd.get()));
        }
    }

    public void removeDatedShift(DatedShift shift) {
        change(new ScheduleChange.OnDate(shift.getEmployeeId(), shift.getWorkDate(), null, null));
    }

    public void addDaysOff() {
        EmployeeInfo who = master.get();
        if (who != null && offReasonProblem.get().isEmpty()) {
            change(new ScheduleChange.DaysOff(who.id(), offFrom.get(), offTo.get() == null ? offFrom.get()
                    : offTo.get(), offReason.get()));
        }
    }

    public void addBreak() {
        EmployeeInfo who = master.get();
        if (who != null) {
            change(new ScheduleChange.OneBreak(who.id(), breakDate.get(), breakStart.get(), breakEnd.get()));
        }
    }

    public void addRecurringBreak() {
        EmployeeInfo who = master.get();
        if (who != null) {
            change(new ScheduleChange.RecurringBreakChange(who.id(), recurringStart.get(), recurringEnd.get(),
                    EnumSet.copyOf(recurringDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : recurringDays),
                    recurringFrom.get(), recurringTo.get()));
        }
    }

    /** Removals free time, so they cannot strand a booking; a pattern may, and is refused then. */
    public void removeDayOff(DayOff dayOff) {
        write(() -> schedules.removeDayOff(dayOff.getEmployeeId(), dayOff.getDate()), "schedules.removed");
    }

    public void removeBreak(EmployeeBreak pause) {
        write(() -> schedules.removeBreak(pause.getId()), "schedules.removed");
    }

    public void removeRecurringBreak(RecurringBreak pause) {
        write(() -> schedules.removeRecurringBreak(pause.getId()), "schedules.removed");
    }

    public void removeRotation(RotationPattern rotation) {
        write(() -> schedules.removeRotation(rotation.getId()), "schedules.removed");
    }

    public void copyWeekToMasters() {
        EmployeeInfo who = master.get();
        List<Long> targets = copyTargets.stream().map(EmployeeInfo::id).filter(id -> who == null || id != who.id())
                .toList();
        if (who != null) {
            write(() -> schedules.copyWeekTemplate(who.id(), targets), "schedules.copied");
        }
    }

    public void copyWeekForward() {
        EmployeeInfo who = master.get();
        if (who != null) {
            LocalDate monday = copyWeekStart.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            write(() -> schedules.copyWeekForward(who.id(), monday, copyWeeks.get()), "schedules.copied");
        }
    }

    /** A change that may strand bookings: asked first; made at once when it strands none, else decided on. */
    void change(ScheduleChange change) {
        startedNanos = System.nanoTime();
        background.run(() -> schedules.conflicts(change), found -> {
            if (found.isEmpty()) {
                write(() -> schedules.applyAfterPreview(change, Map.of()), "schedules.saved");
            } else {
                askAbout(change, found);
            }
        }, this::fail);
    }

    private void askAbout(ScheduleChange change, List<BookingConflict> found) {
        ConflictsViewModel dialog = new ConflictsViewModel(schedules, availability, queries, booking, background,
                change, found);
        dialog.loadMoveTargets();
        conflicts.set(dialog);
    }

    /** The conflicts dialog closed; {@code applied} says whether the change was made. */
    public void conflictsClosed(boolean applied) {
        conflicts.set(null);
        if (applied) {
            changed("schedules.saved");
        } else {
            notices.post(Notice.info(Messages.get("schedules.gaveUp")));
        }
    }

    private void write(Runnable write, String noticeKey) {
        write(write, noticeKey, () -> { });
    }

    private void write(Runnable write, String noticeKey, Runnable then) {
        if (conflicts.get() == null) {
            startedNanos = System.nanoTime();
        }
        background.run(() -> {
            write.run();
            return null;
        }, done -> {
            changed(noticeKey);
            then.run();
        }, this::fail);
    }

    private void changed(String noticeKey) {
        error.set("");
        notices.post(Notice.info(Messages.get(noticeKey)));
        reload();
        onChanged.accept(startedNanos);
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<CompanyInfo> branches() {
        return branches;
    }

    public ObjectProperty<CompanyInfo> branchProperty() {
        return branch;
    }

    public ObservableList<EmployeeInfo> masters() {
        return masters;
    }

    /** The master whose schedule is shown. */
    public ObjectProperty<EmployeeInfo> masterProperty() {
        return master;
    }

    /** Monday to Sunday of her weekly template. */
    public ObservableList<WeekdayRow> week() {
        return week;
    }

    public ObservableList<RotationPattern> rotations() {
        return rotations;
    }

    /** Shifts on dates from today on. */
    public ObservableList<DatedShift> datedShifts() {
        return datedShifts;
    }

    /** Days off from today on. */
    public ObservableList<DayOff> daysOff() {
        return daysOff;
    }

    /** One-off breaks from today on. */
    public ObservableList<EmployeeBreak> breaks() {
        return breaks;
    }

    public ObservableList<RecurringBreak> recurringBreaks() {
        return recurringBreaks;
    }

    public ObjectProperty<LocalDate> rotationAnchorProperty() {
        return rotationAnchor;
    }

    public IntegerProperty rotationOnProperty() {
        return rotationOn;
    }

    public IntegerProperty rotationOffProperty() {
        return rotationOff;
    }

    public ObjectProperty<LocalTime> rotationStartProperty() {
        return rotationStart;
    }

    public ObjectProperty<LocalTime> rotationEndProperty() {
        return rotationEnd;
    }

    public ObjectProperty<LocalDate> rotationValidToProperty() {
        return rotationValidTo;
    }

    public ObjectProperty<LocalDate> datedDateProperty() {
        return datedDate;
    }

    public ObjectProperty<LocalTime> datedStartProperty() {
        return datedStart;
    }

    public ObjectProperty<LocalTime> datedEndProperty() {
        return datedEnd;
    }

    public ObjectProperty<LocalDate> offFromProperty() {
        return offFrom;
    }

    public ObjectProperty<LocalDate> offToProperty() {
        return offTo;
    }

    public StringProperty offReasonProperty() {
        return offReason;
    }

    /** A reason too long to keep, marked at once: the days off are not added until it fits. */
    public StringBinding offReasonProblem() {
        return offReasonProblem;
    }

    public ObjectProperty<LocalDate> breakDateProperty() {
        return breakDate;
    }

    public ObjectProperty<LocalTime> breakStartProperty() {
        return breakStart;
    }

    public ObjectProperty<LocalTime> breakEndProperty() {
        return breakEnd;
    }

    public ObjectProperty<LocalTime> recurringStartProperty() {
        return recurringStart;
    }

    public ObjectProperty<LocalTime> recurringEndProperty() {
        return recurringEnd;
    }

    /** The weekdays a recurring break comes back on. */
    public ObservableSet<DayOfWeek> recurringDays() {
        return recurringDays;
    }

    public ObjectProperty<LocalDate> recurringFromProperty() {
        return recurringFrom;
    }

    public ObjectProperty<LocalDate> recurringToProperty() {
        return recurringTo;
    }

    /** The masters the weekly template is copied to. */
    public ObservableList<EmployeeInfo> copyTargets() {
        return copyTargets;
    }

    public ObjectProperty<LocalDate> copyWeekStartProperty() {
        return copyWeekStart;
    }

    public IntegerProperty copyWeeksProperty() {
        return copyWeeks;
    }

    /** The month shown on the right. */
    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** The master's working time for each day of that month, as availability computes it. */
    public ReadOnlyObjectProperty<MonthPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Set while a change waits for decisions about the bookings it would strand (the View shows the dialog). */
    public ReadOnlyObjectProperty<ConflictsViewModel> conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
