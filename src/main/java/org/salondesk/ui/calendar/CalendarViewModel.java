package org.salondesk.ui.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.changes.TouchedBooking;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The calendar screen's state: which branch, date and layout the receptionist looks at, and the snapshot of
 * masters, bookings and schedules loaded for it in the background.
 * <p>
 * The parts: {@link SnapshotReader} (what a layout reads), {@link BookingMoves} (drags with their undo),
 * {@link CalendarViewChoices} (what the columns show, the zoom), {@link MonthDays} and {@link DayHours} (counted from
 * a snapshot).
 */
public final class CalendarViewModel {

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final SnapshotReader reader;
    private final BookingMoves moves;
    private final CalendarViewChoices choices;

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
    private final NoticeBoard notices;
    private final BookingDetailsViewModel details;
    private final BookingDialogs dialogs;

    // Only the answer to the latest request is shown; older ones that arrive late are dropped.
    private long requestSequence;
    // The request whose answer is shown: when it is the latest, no read is under way.
    private long shownRequest;
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
        this.choices = new CalendarViewChoices(preferences);
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
        this.reader = new SnapshotReader(queries, availability);
        this.background = background;
        this.moves = new BookingMoves(booking, background, notices, masters, this::reload);
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
        loadMasters(false);
    }

    // Quietly (for a change made elsewhere) the loading sign stays off and unchanged masters leave the columns alone.
    private void loadMasters(boolean quietly) {
        CompanyInfo current = branch.get();
        if (current == null) {
            return;
        }
        if (!quietly) {
            loading.set(true);
        }
        background.run(() -> booking.getEmployeesForBooking(current.id(), null, null, null), list -> {
            if (!Objects.equals(current, branch.get())) {
                return;
            }
            if (!masters.equals(list)) {
                masters.setAll(list);
            }
            EmployeeInfo keep = weekMaster.get();
            EmployeeInfo week = list.stream().filter(m -> keep != null && m.id() == keep.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (!Objects.equals(week, keep)) {
                weekMaster.set(week);
            }
            Consumer<CalendarSnapshot> then = pendingReveal == null ? loaded -> { } : pendingReveal;
            pendingReveal = null;
            reload(then, quietly);
        }, this::fail);
    }

    /** Reads the visible range again (after a change, or to pick up another desk's changes). */
    public void reload() {
        reload(loaded -> { });
    }

    /** As {@link #reload()}, then runs {@code afterwards} with the new snapshot on the UI thread. */
    public void reload(Consumer<CalendarSnapshot> afterwards) {
        reload(afterwards, false);
    }

    private void reload(Consumer<CalendarSnapshot> afterwards, boolean quietly) {
        CompanyInfo current = branch.get();
        LocalDate day = date.get();
        if (current == null || day == null) {
            return;
        }
        CalendarMode layout = mode.get();
        List<EmployeeInfo> columns = layout == CalendarMode.WEEK
                ? weekMaster.get() == null ? List.of() : List.of(weekMaster.get())
                : List.copyOf(masters);
        long request = ++requestSequence;
        if (!quietly) {
            loading.set(true);
        }
        background.run(() -> reader.read(current.id(), layout, day, columns), loaded -> show(request, loaded,
                afterwards), this::fail);
    }

    private void show(long request, CalendarSnapshot loaded, Consumer<CalendarSnapshot> afterwards) {
        if (request != requestSequence) {
            return;
        }
        shownRequest = request;
        loading.set(false);
        error.set("");
        // An unchanged re-read (a change elsewhere that this screen does not show) leaves the screen alone: no
        // flicker, selection kept.
        if (!loaded.equals(snapshot.get())) {
            snapshot.set(loaded);
            keepSelection(loaded);
        }
        afterwards.accept(loaded);
    }

    /**
     * Something changed in the database, on this desk or another (see {@code ChangeFeed}): the calendar reads again
     * what it shows of it, in the background and without the loading sign. When only bookings changed, only the days
     * they were or are on are read; a change of masters or services reads the columns too. The details of the
     * selected booking follow it.
     */
    public void changed(Change change) {
        CompanyInfo current = branch.get();
        LocalDate day = date.get();
        if (current == null || day == null) {
            return;
        }
        BookingSummary chosen = selected.get();
        if (chosen != null && change.touchesBooking(chosen.id())) {
            details.refresh();
        }
        if (change.touches(ChangeKind.CATALOG)) {
            loadMasters(true);
            return;
        }
        LocalDate from = SnapshotReader.from(mode.get(), day);
        LocalDate to = SnapshotReader.to(mode.get(), day);
        // Client names are on the cards; schedules shade the columns.
        boolean more = change.touches(ChangeKind.CLIENTS) || change.touches(ChangeKind.SCHEDULES);
        if (!more && !change.touchesBookings(current.id(), from, to)) {
            return;
        }
        Set<LocalDate> days = change.bookings().stream()
                .filter(touched -> touched.branchId() == current.id() && !touched.date().isBefore(from)
                        && !touched.date().isAfter(to))
                .map(TouchedBooking::date).collect(Collectors.toSet());
        CalendarSnapshot shown = snapshot.get();
        boolean settled = shown != null && shownRequest == requestSequence && shown.branchId() == current.id()
                && shown.mode() == mode.get() && shown.from().equals(from) && shown.to().equals(to);
        if (more || days.isEmpty() || !settled) {
            reload(loaded -> { }, true);
            return;
        }
        long request = ++requestSequence;
        background.run(() -> reader.refresh(shown, days), loaded -> show(request, loaded, done -> { }), this::fail);
    }

    /**
     * Moves a booking (dragged in the calendar) to another time and/or master. The move goes through the booking
     * service, which re-checks the time; a refused move snaps back with the reason, a done one goes to the undo
     * history.
     */
    public void move(BookingSummary moved, long employeeId, LocalDate newDate, LocalTime newTime) {
        moves.move(moved, employeeId, newDate, newTime);
    }

    /**
     * A drag that moved nothing says why: the booking is past moving (arrived, finished, cancelled), or it was not
     * dropped on a master's column.
     */
    public void dragRefused(BookingSummary dragged) {
        moves.dragRefused(dragged);
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
        return MonthDays.of(current, date.get().getMonth(), LocalDate.now(clock));
    }

    /** Bookings per date in the shown range, cancelled ones left out (the month layout's numbers). */
    public Map<LocalDate, Long> bookingCounts() {
        CalendarSnapshot current = snapshot.get();
        return current == null ? Map.of() : MonthDays.bookingCounts(current);
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
        return choices.showCancelledProperty();
    }

    /**
     * Whether the day layout leaves out the masters who do not work that day (remembered on this PC). A master who is
     * off but has bookings that day stays, so that no booking is hidden; when nobody works, everybody shows.
     */
    public BooleanProperty hideMastersOffProperty() {
        return choices.hideMastersOffProperty();
    }

    /** The masters whose columns the snapshot shows, in order (see {@link #hideMastersOffProperty()}). */
    public List<EmployeeInfo> shownColumns(CalendarSnapshot shown) {
        return choices.shownColumns(shown);
    }

    /** The bookings of a master in the snapshot that the columns show. */
    public List<BookingSummary> shownBookingsOf(CalendarSnapshot shown, long employeeId) {
        return choices.shownBookingsOf(shown, employeeId);
    }

    /**
     * The hours the day and week layouts show: 08:00 to 22:00, widened to whole hours so that every shift and every
     * booking of the snapshot is inside.
     */
    public DayHours hoursOf(CalendarSnapshot shown) {
        return DayHours.covering(shown);
    }

    /** How far the time scale is zoomed in: 1 is the whole day in view (remembered on this PC). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return choices.zoomProperty();
    }

    public void zoomIn() {
        choices.zoomIn();
    }

    public void zoomOut() {
        choices.zoomOut();
    }

    /** Back to the whole day in view. */
    public void resetZoom() {
        choices.resetZoom();
    }

    public boolean canZoomIn() {
        return choices.canZoomIn();
    }

    public boolean canZoomOut() {
        return choices.canZoomOut();
    }

    /** Today on the desk's clock (the calendar marks it). */
    public LocalDate currentDate() {
        return LocalDate.now(clock);
    }

    /** The time now on the desk's clock (the day columns draw a line there). */
    public LocalTime currentTime() {
        return LocalTime.now(clock);
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
