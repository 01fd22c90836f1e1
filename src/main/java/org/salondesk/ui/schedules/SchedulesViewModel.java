package org.salondesk.ui.schedules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DatedShiftRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.schedule.RecurringBreakRow;
import org.salondesk.schedule.RotationRow;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.schedule.WeeklyShiftRow;
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
    private final ScheduleChangeFlow flow;

    private final ObservableList<CompanyInfo> branches = FXCollections.observableArrayList();
    private final ObjectProperty<CompanyInfo> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<EmployeeInfo> masters = FXCollections.observableArrayList();
    private final ObjectProperty<EmployeeInfo> master = new SimpleObjectProperty<>(this, "master");

    private final WeekTemplateForm weekForm = new WeekTemplateForm();
    private final ObservableList<RotationRow> rotations = FXCollections.observableArrayList();
    private final ObservableList<DatedShiftRow> datedShifts = FXCollections.observableArrayList();
    private final ObservableList<DayOffRow> daysOff = FXCollections.observableArrayList();
    private final ObservableList<BreakRow> breaks = FXCollections.observableArrayList();
    private final ObservableList<RecurringBreakRow> recurringBreaks = FXCollections.observableArrayList();

    private final RotationForm rotationForm;
    private final HoursOnDateForm datedShiftForm;
    private final DaysOffForm daysOffForm;
    private final HoursOnDateForm breakForm;
    private final RecurringBreakForm recurringBreakForm;
    private final CopyForm copyForm;

    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ReadOnlyObjectWrapper<MonthPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
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
        this.flow = new ScheduleChangeFlow(schedules, availability, queries, booking, background, notices,
                this::changed, this::fail);
        LocalDate today = LocalDate.now(clock);
        rotationForm = new RotationForm(today);
        datedShiftForm = HoursOnDateForm.datedShift(today);
        daysOffForm = new DaysOffForm(today);
        breakForm = HoursOnDateForm.oneBreak(today);
        recurringBreakForm = new RecurringBreakForm(today);
        copyForm = new CopyForm(today);
        month.set(YearMonth.from(today));
        branch.addListener((obs, old, now) -> loadMasters());
        master.addListener((obs, old, now) -> reload());
        month.addListener((obs, old, now) -> loadPlan());
    }

    /** Who re-reads after a change (the calendar); it gets {@link System#nanoTime()} of when Save was pressed. */
    public void setOnChanged(LongConsumer onChanged) {
        flow.setOnChanged(onChanged);
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
            weekForm.show(rows.weekly());
            rotations.setAll(rows.rotations());
            datedShifts.setAll(rows.dated());
            daysOff.setAll(rows.daysOff());
            breaks.setAll(rows.breaks());
            recurringBreaks.setAll(rows.recurring());
            loadPlan();
        }, this::fail);
    }

    private record Rows(List<WeeklyShiftRow> weekly, List<RotationRow> rotations, List<DatedShiftRow> dated,
                        List<DayOffRow> daysOff, List<BreakRow> breaks, List<RecurringBreakRow> recurring) {
    }

    private void loadPlan() {
        EmployeeInfo who = master.get();
        CompanyInfo where = branch.get();
        YearMonth shown = month.get();
        if (who == null || where == null || shown == null) {
            return;
        }
        background.run(() -> {
            Map<Long, MasterSchedule> all = availability.schedules(where.id(), who.id(), shown.atDay(1),
                    shown.atEndOfMonth());
            return MonthPlan.of(shown, all.get(who.id()));
        }, plan::set, this::fail);
    }

    /** Saves one weekday of the template (working with these hours, or not working). */
    public void applyWeekday(WeekdayRow row) {
        EmployeeInfo who = master.get();
        if (who != null) {
            flow.change(WeekTemplateForm.change(who.id(), row));
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
        flow.started();
        background.run(() -> changes.stream().filter(change -> !schedules.conflicts(change).isEmpty()).findFirst(),
                stranding -> {
                    if (stranding.isPresent()) {
                        flow.change(stranding.get());
                    } else {
                        flow.write(() -> changes.forEach(change -> schedules.applyAfterPreview(change, Map.of())),
                                "schedules.saved", then);
                    }
                }, this::fail);
    }

    @Override
    public void discard() {
        weekForm.discard();
    }

    private List<ScheduleChange> changedWeekdays() {
        EmployeeInfo who = master.get();
        return who == null ? List.of() : weekForm.changes(who.id());
    }

    public void addRotation() {
        changeForMaster(rotationForm::change);
    }

    public void addDatedShift() {
        changeForMaster(datedShiftForm::change);
    }

    public void removeDatedShift(DatedShiftRow shift) {
        flow.change(new ScheduleChange.OnDate(shift.masterId(), shift.date(), null, null));
    }

    public void addDaysOff() {
        if (daysOffForm.fits()) {
            changeForMaster(daysOffForm::change);
        }
    }

    public void addBreak() {
        changeForMaster(breakForm::change);
    }

    public void addRecurringBreak() {
        changeForMaster(recurringBreakForm::change);
    }

    /** The change a form makes for the master shown (none while no master is). */
    private void changeForMaster(LongFunction<ScheduleChange> change) {
        EmployeeInfo who = master.get();
        if (who != null) {
            flow.change(change.apply(who.id()));
        }
    }

    /** Removals free time, so they cannot strand a booking; a pattern may, and is refused then. */
    public void removeDayOff(DayOffRow dayOff) {
        write(() -> schedules.removeDayOff(dayOff.masterId(), dayOff.date()), "schedules.removed");
    }

    public void removeBreak(BreakRow pause) {
        write(() -> schedules.removeBreak(pause.id()), "schedules.removed");
    }

    public void removeRecurringBreak(RecurringBreakRow pause) {
        write(() -> schedules.removeRecurringBreak(pause.id()), "schedules.removed");
    }

    public void removeRotation(RotationRow rotation) {
        write(() -> schedules.removeRotation(rotation.id()), "schedules.removed");
    }

    public void copyWeekToMasters() {
        EmployeeInfo who = master.get();
        if (who != null) {
            List<Long> targets = copyForm.targetsBut(who.id());
            write(() -> schedules.copyWeekTemplate(who.id(), targets), "schedules.copied");
        }
    }

    public void copyWeekForward() {
        EmployeeInfo who = master.get();
        if (who != null) {
            LocalDate monday = copyForm.monday();
            int weeks = copyForm.weeksProperty().get();
            write(() -> schedules.copyWeekForward(who.id(), monday, weeks), "schedules.copied");
        }
    }

    /** The conflicts dialog closed; {@code applied} says whether the change was made. */
    public void conflictsClosed(boolean applied) {
        flow.conflictsClosed(applied);
    }

    private void write(Runnable write, String noticeKey) {
        flow.write(write, noticeKey, () -> { });
    }

    private void changed(String noticeKey) {
        error.set("");
        notices.post(Notice.info(Messages.get(noticeKey)));
        reload();
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
        return weekForm.week();
    }

    public ObservableList<RotationRow> rotations() {
        return rotations;
    }

    /** Shifts on dates from today on. */
    public ObservableList<DatedShiftRow> datedShifts() {
        return datedShifts;
    }

    /** Days off from today on. */
    public ObservableList<DayOffRow> daysOff() {
        return daysOff;
    }

    /** One-off breaks from today on. */
    public ObservableList<BreakRow> breaks() {
        return breaks;
    }

    public ObservableList<RecurringBreakRow> recurringBreaks() {
        return recurringBreaks;
    }

    public RotationForm rotationForm() {
        return rotationForm;
    }

    public HoursOnDateForm datedShiftForm() {
        return datedShiftForm;
    }

    public DaysOffForm daysOffForm() {
        return daysOffForm;
    }

    public HoursOnDateForm breakForm() {
        return breakForm;
    }

    public RecurringBreakForm recurringBreakForm() {
        return recurringBreakForm;
    }

    public CopyForm copyForm() {
        return copyForm;
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
        return flow.conflictsProperty();
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
