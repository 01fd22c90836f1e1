package org.salondesk.ui.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingStatus;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoStep;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The calendar screen's state: which branch, date and layout the receptionist looks at, and the snapshot of
 * masters, bookings and schedules loaded for it in the background.
 */
public final class CalendarViewModel {

    /**
     * How far the time scale zooms in: 1 shows the whole day in the column's height, 4 a quarter of it (about three
     * and a half hours), where a 15-minute booking is a comfortable line of text.
     */
    static final List<Double> ZOOM_LEVELS = List.of(1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0);
    static final String HIDE_MASTERS_OFF = "calendar.hideMastersOff";
    static final String ZOOM = "calendar.zoom";
    /** The hours the day layout always shows; earlier or later shifts and bookings widen them. */
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(22, 0);

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
    private final ObjectProperty<BookingSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty showCancelled = new SimpleBooleanProperty(this, "showCancelled", false);
    private final BooleanProperty hideMastersOff = new SimpleBooleanProperty(this, "hideMastersOff", false);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", ZOOM_LEVELS.get(0));
    private final ViewPreferences preferences;
    private final NoticeBoard notices;
    private final BookingDetailsViewModel details;
    private final BookingDialogs dialogs;

    // Only the answer to the latest request is shown; older ones that arrive late are dropped.
    private long requestSequence;
    // A booking to select once another branch's masters have loaded.
    private Consumer<CalendarSnapshot> pendingReveal;

    public CalendarViewModel(BookingService booking, BookingQueries queries, AvailabilityService availability,
                             BackgroundExecutor background, NoticeBoard notices, BookingDetailsViewModel details,
                             BookingDialogs dialogs, Clock clock) {
        this(booking, queries, availability, background, notices, details, dialogs, clock,
                ViewPreferences.inMemory());
    }

    /** As above, with the receptionist's view choices read from and kept in {@code preferences}. */
    public CalendarViewModel(BookingService booking, BookingQueries queries, AvailabilityService availability,
                             BackgroundExecutor background, NoticeBoard notices, BookingDetailsViewModel details,
                             BookingDialogs dialogs, Clock clock, ViewPreferences preferences) {
        this.preferences = preferences;
        initPreferences();
        this.booking = booking;
        this.dialogs = dialogs;
        this.notices = notices;
        this.details = details;
        details.setOnChanged(this::reload);
        // The details follow the booking: another booking, or the same one changed (moved, by this desk or another).
        selected.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                details.show(now == null ? null : now.id());
            }
        });
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

    private void initPreferences() {
        hideMastersOff.set(Boolean.parseBoolean(preferences.get(HIDE_MASTERS_OFF, "false")));
        hideMastersOff.addListener((obs, old, hide) -> preferences.put(HIDE_MASTERS_OFF, hide.toString()));
        try {
            zoom.set(nearestZoom(Double.parseDouble(preferences.get(ZOOM, "1"))));
        } catch (NumberFormatException e) {
            zoom.set(ZOOM_LEVELS.get(0));
        }
        zoom.addListener((obs, old, now) -> preferences.put(ZOOM, now.toString()));
    }

    private static double nearestZoom(double wanted) {
        return ZOOM_LEVELS.stream().min(Comparator.comparingDouble(level -> Math.abs(level - wanted))).orElseThrow();
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
        date.set(step(-1));
    }

    public void next() {
        date.set(step(1));
    }

    private LocalDate step(int direction) {
        return switch (mode.get()) {
            case DAY -> date.get().plusDays(direction);
            case WEEK -> date.get().plusWeeks(direction);
            case MONTH -> date.get().plusMonths(direction);
        };
    }

    /** Opens the day view of a date (from the month layout). */
    public void showDay(LocalDate day) {
        date.set(day);
        mode.set(CalendarMode.DAY);
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
            Consumer<CalendarSnapshot> then = pendingReveal == null ? loaded -> { } : pendingReveal;
            pendingReveal = null;
            reload(then);
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
        List<EmployeeInfo> columns = layout == CalendarMode.WEEK
                ? weekMaster.get() == null ? List.of() : List.of(weekMaster.get())
                : List.copyOf(masters);
        LocalDate from = switch (layout) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
        LocalDate to = switch (layout) {
            case DAY -> day;
            case WEEK -> from.plusDays(6);
            case MONTH -> from.plusWeeks(6).minusDays(1);
        };
        long request = ++requestSequence;
        loading.set(true);
        background.run(() -> {
            List<BookingSummary> bookings = queries.forCalendar(current.id(), from, to);
            Map<Long, EmployeeSchedule> schedules = availability.schedules(current.id(), null, from, to);
            Map<LocalDate, Integer> free = layout == CalendarMode.MONTH ? availability.freeMinutes(current.id(),
                    columns.stream().map(EmployeeInfo::id).toList(), from, to) : Map.of();
            return new CalendarSnapshot(current.id(), from, to, columns, bookings, schedules, layout, free);
        }, loaded -> {
            if (request != requestSequence) {
                return;
            }
            loading.set(false);
            error.set("");
            // An unchanged re-read (the periodic refresh) leaves the screen alone: no flicker, selection kept.
            if (!loaded.equals(snapshot.get())) {
                snapshot.set(loaded);
                keepSelection(loaded);
            }
            afterwards.accept(loaded);
        }, this::fail);
    }

    /**
     * Moves a booking (dragged in the calendar) to another time and/or master. The move goes through the booking
     * service, which re-checks the time; a refused move snaps back with the reason, a done one goes to the undo
     * history.
     */
    public void move(BookingSummary moved, long employeeId, LocalDate newDate, LocalTime newTime) {
        if (moved.employeeId() == employeeId && moved.date().equals(newDate) && moved.start().equals(newTime)) {
            return;
        }
        background.run(() -> {
            moveBooking(moved.id(), moved.employeeId(), employeeId, newDate, newTime);
            return null;
        }, done -> {
            reload();
            notices.done(Messages.get("calendar.moved", moved.number(), newDate, newTime, masterName(employeeId)),
                    outcome -> moveBack(moved, employeeId, newDate, newTime, outcome));
        }, failure -> {
            reload();
            notices.post(Notice.error(Messages.get("calendar.moveRefused", moved.number(), ErrorText.of(failure))));
        });
    }

    /**
     * A drag that moved nothing says why: the booking is past moving (arrived, finished, cancelled), or it was not
     * dropped on a master's column.
     */
    public void dragRefused(BookingSummary dragged) {
        boolean movable = dragged.status() == BookingStatus.NEW || dragged.status() == BookingStatus.CONFIRMED;
        notices.post(Notice.error(movable ? Messages.get("calendar.dropOutside", dragged.number())
                : Messages.get("calendar.moveRefused", dragged.number(), Messages.get("error.booking.cannotMove",
                Messages.get("status." + dragged.status().name())))));
    }

    // The undo of a move: the booking returns to its master, date and start, if that time is still free.
    private void moveBack(BookingSummary moved, long employeeId, LocalDate date, LocalTime time,
                          UndoStep.Outcome outcome) {
        background.run(() -> {
            moveBooking(moved.id(), employeeId, moved.employeeId(), moved.date(), moved.start());
            return null;
        }, done -> {
            reload();
            outcome.undone(Messages.get("calendar.undoneMove", moved.number(), moved.date(), moved.start(),
                    masterName(moved.employeeId())));
        }, failure -> {
            reload();
            if (failure instanceof SalonDeskException refusal) {
                outcome.refused(Messages.get("calendar.undoMoveRefused", moved.number(), moved.date(),
                        moved.start(), refusal.getMessage(), time, masterName(employeeId)));
            } else {
                outcome.failed(ErrorText.of(failure));
            }
        });
    }

    private void moveBooking(long bookingId, long fromEmployee, long toEmployee, LocalDate newDate,
                             LocalTime newTime) {
        if (fromEmployee == toEmployee) {
            booking.modifyBookingTime(bookingId, newDate, newTime);
        } else {
            booking.moveBooking(bookingId, toEmployee, newDate, newTime);
        }
    }

    private String masterName(long employeeId) {
        return masters.stream().filter(master -> master.id() == employeeId).map(EmployeeInfo::name).findFirst()
                .orElse("");
    }

    // After a reload the selected booking is the same booking, with its new data (or nothing if it is gone).
    private void keepSelection(CalendarSnapshot loaded) {
        BookingSummary current = selected.get();
        if (current != null) {
            selected.set(loaded.bookings().stream().filter(b -> b.id() == current.id()).findFirst().orElse(null));
        }
    }

    /** A booking dialog for a click on free time in a master's column; null before a branch is shown. */
    public BookingDialogViewModel bookAt(long employeeId, LocalDate day, LocalTime time) {
        CompanyInfo current = branch.get();
        return current == null ? null : dialogs.at(current.id(), employeeId, day, time);
    }

    /** A walk-in dialog for the branch shown; null before a branch is shown. */
    public BookingDialogViewModel walkIn() {
        CompanyInfo current = branch.get();
        return current == null ? null : dialogs.walkIn(current.id());
    }

    /**
     * A dialog booked: the calendar shows the booking's day and selects it; {@code shown} runs once it is on screen
     * (the desk logs how long that took).
     */
    public void booked(BookingInfo info, Runnable shown) {
        notices.post(Notice.info(Messages.get("calendar.booked", info.number(), info.clientName(), info.date(),
                info.time(), info.employeeName())));
        if (mode.get() == CalendarMode.MONTH) {
            mode.set(CalendarMode.DAY);
        }
        date.set(info.date());
        reload(loaded -> {
            loaded.bookings().stream().filter(b -> b.id() == info.id()).findFirst().ifPresent(selected::set);
            shown.run();
        });
    }

    /** Shows a booking: its branch and day in the day layout, the booking selected. */
    public void reveal(long branchId, LocalDate day, long bookingId) {
        Consumer<CalendarSnapshot> select = loaded -> loaded.bookings().stream()
                .filter(b -> b.id() == bookingId).findFirst().ifPresent(selected::set);
        mode.set(CalendarMode.DAY);
        date.set(day);
        CompanyInfo target = branches.stream().filter(b -> b.id() == branchId).findFirst().orElse(null);
        if (target == null || target.equals(branch.get())) {
            reload(select);
        } else {
            pendingReveal = select;
            branch.set(target);
        }
    }

    /**
     * The days of the month layout: six weeks from the Monday before the 1st, each with its number of bookings
     * (cancelled ones left out) and the masters' free hours where the day can still be booked. Empty outside it.
     */
    public List<MonthDay> monthDays() {
        CalendarSnapshot current = snapshot.get();
        if (current == null || current.mode() != CalendarMode.MONTH) {
            return List.of();
        }
        Map<LocalDate, Long> counts = bookingCounts();
        LocalDate today = LocalDate.now(clock);
        Month month = date.get().getMonth();
        List<MonthDay> days = new ArrayList<>();
        for (LocalDate day = current.from(); !day.isAfter(current.to()); day = day.plusDays(1)) {
            days.add(new MonthDay(day, day.getMonth() == month, day.equals(today), counts.getOrDefault(day, 0L),
                    current.freeMinutes().get(day)));
        }
        return days;
    }

    /** Bookings per date in the shown range, cancelled ones left out (the month layout's numbers). */
    public Map<LocalDate, Long> bookingCounts() {
        CalendarSnapshot current = snapshot.get();
        if (current == null) {
            return Map.of();
        }
        return current.bookings().stream()
                .filter(b -> b.status() != BookingStatus.CANCELLED)
                .collect(Collectors.groupingBy(BookingSummary::date, TreeMap::new, Collectors.counting()));
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

    /**
     * Whether cancelled bookings show in the masters' columns. Off by default: their time is free, and a click
     * there books it (they stay in the request list and the client's history).
     */
    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    /**
     * Whether the day layout leaves out the masters who do not work that day (remembered on this PC). A master who is
     * off but has bookings that day stays, so that no booking is hidden; when nobody works, everybody shows.
     */
    public BooleanProperty hideMastersOffProperty() {
        return hideMastersOff;
    }

    /** The masters whose columns the snapshot shows, in order (see {@link #hideMastersOffProperty()}). */
    public List<EmployeeInfo> shownColumns(CalendarSnapshot shown) {
        if (!hideMastersOff.get() || shown.mode() != CalendarMode.DAY) {
            return shown.columns();
        }
        List<EmployeeInfo> working = shown.columns().stream()
                .filter(master -> worksOn(shown, master.id(), shown.from())
                        || !shownBookingsOf(shown, master.id()).isEmpty())
                .toList();
        return working.isEmpty() ? shown.columns() : working;
    }

    private static boolean worksOn(CalendarSnapshot shown, long employeeId, LocalDate day) {
        EmployeeSchedule schedule = shown.schedules().get(employeeId);
        return schedule != null && schedule.workingDay(day).isPresent();
    }

    /**
     * The hours the day and week layouts show: 08:00 to 22:00, widened to whole hours so that every shift and every
     * booking of the snapshot is inside.
     */
    public DayHours hoursOf(CalendarSnapshot shown) {
        int start = DAY_START.getHour() * 60;
        int end = DAY_END.getHour() * 60;
        for (BookingSummary booking : shown.bookings()) {
            start = Math.min(start, TimeSpan.minuteOfDay(booking.start()));
            end = Math.max(end, TimeSpan.minuteOfDay(booking.start()) + booking.durationMinutes());
        }
        for (EmployeeSchedule schedule : shown.schedules().values()) {
            for (LocalDate day = shown.from(); !day.isAfter(shown.to()); day = day.plusDays(1)) {
                Optional<WorkingDay> working = schedule.workingDay(day);
                if (working.isPresent()) {
                    start = Math.min(start, working.get().shift().start());
                    end = Math.max(end, working.get().shift().end());
                }
            }
        }
        return new DayHours(start / 60, Math.min(24, (end + 59) / 60));
    }

    /** How far the time scale is zoomed in: 1 is the whole day in view (remembered on this PC). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public void zoomIn() {
        int at = ZOOM_LEVELS.indexOf(zoom.get());
        zoom.set(ZOOM_LEVELS.get(Math.min(at + 1, ZOOM_LEVELS.size() - 1)));
    }

    public void zoomOut() {
        int at = ZOOM_LEVELS.indexOf(zoom.get());
        zoom.set(ZOOM_LEVELS.get(Math.max(at - 1, 0)));
    }

    /** Back to the whole day in view. */
    public void resetZoom() {
        zoom.set(ZOOM_LEVELS.get(0));
    }

    public boolean canZoomIn() {
        return zoom.get() < ZOOM_LEVELS.get(ZOOM_LEVELS.size() - 1);
    }

    public boolean canZoomOut() {
        return zoom.get() > ZOOM_LEVELS.get(0);
    }

    /** Today on the desk's clock (the calendar marks it). */
    public LocalDate currentDate() {
        return LocalDate.now(clock);
    }

    /** The time now on the desk's clock (the day columns draw a line there). */
    public LocalTime currentTime() {
        return LocalTime.now(clock);
    }

    /** The bookings of a master in the snapshot that the columns show. */
    public List<BookingSummary> shownBookingsOf(CalendarSnapshot shown, long employeeId) {
        return shown.bookingsOf(employeeId).stream()
                .filter(b -> showCancelled.get() || b.status() != BookingStatus.CANCELLED)
                .toList();
    }

    /** The booking the receptionist has picked (its details show beside the calendar). */
    public ObjectProperty<BookingSummary> selectedProperty() {
        return selected;
    }

    /** The details of the selected booking, with its status steps. */
    public BookingDetailsViewModel details() {
        return details;
    }

    /** The screen's notices (moves, refusals) with their undo. */
    public NoticeBoard notices() {
        return notices;
    }

    /** The last failure in the user's words; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
