package org.salondesk.ui.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;

/**
 * The calendar screen's state: which branch, date and layout the receptionist looks at, and the snapshot of
 * masters, bookings and schedules loaded for it in the background.
 */
public final class CalendarViewModel {

    private final BookingService booking;
    private final BookingQueries queries;
    private final AvailabilityService availability;
    private final BackgroundExecutor background;
    private final Clock clock;

    private final ObservableList<CompanyInfo> branches = FXCollections.observableArrayList();
    private final ObjectProperty<CompanyInfo> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<EmployeeInfo> masters = FXCollections.observableArrayList();
    private final ObjectProperty<EmployeeInfo> weekMaster = new SimpleObjectProperty<>(this, "weekMaster");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(this, "mode", CalendarMode.DAY);
    private final ReadOnlyObjectWrapper<CalendarSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Only the answer to the latest request is shown; older ones that arrive late are dropped.
    private long requestSequence;

    public CalendarViewModel(BookingService booking, BookingQueries queries, AvailabilityService availability,
                             BackgroundExecutor background, Clock clock) {
        this.booking = booking;
        this.queries = queries;
        this.availability = availability;
        this.background = background;
        this.clock = clock;
        date.set(LocalDate.now(clock));
        branch.addListener((obs, old, now) -> loadMasters());
        date.addListener((obs, old, now) -> reload());
        mode.addListener((obs, old, now) -> reload());
        weekMaster.addListener((obs, old, now) -> {
            if (mode.get() == CalendarMode.WEEK) {
                reload();
            }
        });
    }

    /** Loads the branches and shows the first one; everything else follows from there. */
    public void start() {
        loading.set(true);
        background.run(booking::getCompaniesForBooking, list -> {
            branches.setAll(list);
            if (list.isEmpty()) {
                loading.set(false);
                error.set(Messages.get("calendar.noBranches"));
            } else {
                branch.set(list.get(0));
            }
        }, this::fail);
    }

    public void today() {
        date.set(LocalDate.now(clock));
    }

    public void previous() {
        date.set(date.get().minusDays(step()));
    }

    public void next() {
        date.set(date.get().plusDays(step()));
    }

    private int step() {
        return mode.get() == CalendarMode.WEEK ? 7 : 1;
    }

    /** Shows one master's week (from the day view's column header, or the master picker). */
    public void showWeekOf(EmployeeInfo master) {
        weekMaster.set(master);
        mode.set(CalendarMode.WEEK);
    }

    private void loadMasters() {
        CompanyInfo current = branch.get();
        if (current == null) {
            return;
        }
        loading.set(true);
        background.run(() -> booking.getEmployeesForBooking(current.id(), null, null, null), list -> {
            if (!Objects.equals(current, branch.get())) {
                return;
            }
            masters.setAll(list);
            EmployeeInfo keep = weekMaster.get();
            weekMaster.set(list.stream().filter(m -> keep != null && m.id() == keep.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            reload();
        }, this::fail);
    }

    /** Reads the visible range again (after a change, or to pick up another desk's changes). */
    public void reload() {
        reload(loaded -> { });
    }

    /** As {@link #reload()}, then runs {@code afterwards} with the new snapshot on the UI thread. */
    public void reload(Consumer<CalendarSnapshot> afterwards) {
        CompanyInfo current = branch.get();
        LocalDate day = date.get();
        if (current == null || day == null) {
            return;
        }
        CalendarMode layout = mode.get();
        List<EmployeeInfo> columns = layout == CalendarMode.DAY
                ? List.copyOf(masters)
                : weekMaster.get() == null ? List.of() : List.of(weekMaster.get());
        LocalDate from = layout == CalendarMode.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = layout == CalendarMode.DAY ? day : from.plusDays(6);
        long request = ++requestSequence;
        loading.set(true);
        background.run(() -> {
            List<BookingSummary> bookings = queries.forCalendar(current.id(), from, to);
            Map<Long, EmployeeSchedule> schedules = availability.schedules(current.id(), null, from, to);
            return new CalendarSnapshot(current.id(), from, to, columns, bookings, schedules);
        }, loaded -> {
            if (request != requestSequence) {
                return;
            }
            loading.set(false);
            error.set("");
            snapshot.set(loaded);
            afterwards.accept(loaded);
        }, this::fail);
    }

    private void fail(Throwable failure) {
        loading.set(false);
        error.set(ErrorText.of(failure));
    }

    public ObservableList<CompanyInfo> branches() {
        return branches;
    }

    /** The branch whose masters are shown. */
    public ObjectProperty<CompanyInfo> branchProperty() {
        return branch;
    }

    /** The branch's active masters, in column order. */
    public ObservableList<EmployeeInfo> masters() {
        return masters;
    }

    /** The master whose week the week layout shows. */
    public ObjectProperty<EmployeeInfo> weekMasterProperty() {
        return weekMaster;
    }

    /** The day shown (in the week layout: a day of the week shown). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<CalendarMode> modeProperty() {
        return mode;
    }

    /** The latest loaded masters, bookings and schedules. */
    public ReadOnlyObjectProperty<CalendarSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** True while the database is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure in the user's words; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
