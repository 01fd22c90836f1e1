package org.salondesk.ui.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.changes.Change;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.booking.SeriesDialogViewModel;
import org.salondesk.ui.booking.VisitDialogViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The calendar screen's state: which branch, date and layout the receptionist looks at, and the snapshot of
 * masters, bookings and schedules loaded for it in the background.
 * <p>
 * The parts: {@link CalendarLoader} (the reading in the background, the first day in one go),
 * {@link SnapshotReader} (what a layout reads), {@link BookingMoves} (drags with their undo),
 * {@link CalendarViewChoices} (what the columns show), {@link CalendarZoom}, {@link ColumnActions} (booking and moving
 * on a master's column), {@link MonthDays} and {@link DayHours} (counted from a snapshot),
 * {@link ResourceColumnsViewModel} (the day's columns of rooms and equipment).
 */
public final class CalendarViewModel {

    private final Clock clock;
    private final ColumnActions actions;
    private final CalendarViewChoices choices;
    private final CalendarZoom zoom;
    private final CalendarState state;
    private final CalendarLoader loader;
    private final NoticeBoard notices;
    private final BookingDetailsViewModel details;
    private final OwnColumns own = new OwnColumns();
    private final ResourceColumnsViewModel resourceColumns;

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
        this.zoom = new CalendarZoom(preferences);
        this.notices = notices;
        this.details = details;
        this.clock = clock;
        this.state = CalendarState.on(this, LocalDate.now(clock));
        details.setOnChanged(this::reload);
        details.setMayChange(own::mayChange);
        // The details follow the booking: another booking, or the same one changed (moved, by this desk or another).
        state.selected().addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                details.show(now == null ? null : now.id());
            }
        });
        this.loader = new CalendarLoader(state, new SnapshotReader(queries, availability), queries, background,
                details, own);
        this.actions = new ColumnActions(own, new BookingMoves(booking, background, notices, state.masters(),
                this::reload), dialogs, notices, state);
        this.resourceColumns = new ResourceColumnsViewModel(queries, background, notices, state,
                snapshotProperty(), choices.showCancelledProperty(), preferences);
    }

    /** Reads the branches, the first one's masters and its day in one go, and shows them; the rest follows. */
    public void start() {
        loader.start(() -> { });
    }

    /** As {@link #start()}; {@code then} runs on the UI thread once the first day shows, or could not be read. */
    public void start(Runnable then) {
        loader.start(then);
    }

    /** As {@link #start(Runnable)}, showing {@code first} (read ahead at start-up) without reading it again. */
    public void start(CalendarFirstDay first, Runnable then) {
        loader.start(first, then);
    }

    public void today() {
        state.date().set(LocalDate.now(clock));
    }

    public void previous() {
        state.date().set(step(-1));
    }

    public void next() {
        state.date().set(step(1));
    }

    private LocalDate step(int direction) {
        LocalDate date = state.date().get();
        return switch (state.mode().get()) {
            case DAY -> date.plusDays(direction);
            case WEEK -> date.plusWeeks(direction);
            case MONTH -> date.plusMonths(direction);
        };
    }

    /** Opens the day view of a date (from the month layout). */
    public void showDay(LocalDate day) {
        state.date().set(day);
        state.mode().set(CalendarMode.DAY);
    }

    /** Shows one master's week (from the day view's column header, or the master picker). */
    public void showWeekOf(EmployeeInfo master) {
        state.weekMaster().set(master);
        state.mode().set(CalendarMode.WEEK);
    }

    /** Reads the visible range again (after a change, or to pick up another desk's changes). */
    public void reload() {
        reload(loaded -> { });
    }

    /** As {@link #reload()}, then runs {@code afterwards} with the new snapshot on the UI thread. */
    public void reload(Consumer<CalendarSnapshot> afterwards) {
        loader.reload(afterwards, false);
    }

    /**
     * Something changed in the database, on this desk or another (see {@code ChangeFeed}): the calendar reads again
     * what it shows of it, in the background and without the loading sign. When only bookings changed, only the days
     * they were or are on are read; a change of masters or services reads the columns too. The details of the
     * selected booking follow it.
     */
    public void changed(Change change) {
        loader.changed(change);
    }

    /**
     * Moves a booking (dragged in the calendar) to another time and/or master. The move goes through the booking
     * service, which re-checks the time; a refused move snaps back with the reason, a done one goes to the undo
     * history.
     */
    public void move(BookingSummary moved, long masterId, LocalDate newDate, LocalTime newTime) {
        actions.move(moved, masterId, newDate, newTime);
    }

    /**
     * A drag that moved nothing says why: the booking is past moving (arrived, finished, cancelled), or it was not
     * dropped on a master's column.
     */
    public void dragRefused(BookingSummary dragged) {
        actions.dragRefused(dragged);
    }

    /**
     * A booking dialog for a click on free time in a master's column; null before a branch is shown, or on another
     * master's column on a master's desk (refused on the notice line).
     */
    public BookingDialogViewModel bookAt(long masterId, LocalDate day, LocalTime time) {
        return actions.bookAt(masterId, day, time);
    }

    /** A walk-in dialog for the branch shown; null before a branch is shown. */
    public BookingDialogViewModel walkIn() {
        return actions.walkIn();
    }

    /** A visit of several steps and masters on the date shown (decision 0036). */
    public VisitDialogViewModel visit() {
        return actions.visit();
    }

    /** A repeating visit from the date shown (decision 0036). */
    public SeriesDialogViewModel series() {
        return actions.series();
    }

    /**
     * A dialog booked: the calendar shows the booking's day and selects it; {@code shown} runs once it is on screen
     * (the desk logs how long that took).
     */
    public void booked(BookingInfo info, Runnable shown) {
        notices.post(Notice.info(Messages.get("calendar.booked", info.number(), info.clientName(), info.date(),
                info.time(), info.masterName())));
        if (state.mode().get() == CalendarMode.MONTH) {
            state.mode().set(CalendarMode.DAY);
        }
        state.date().set(info.date());
        loader.selectWhenShown(info.id());
        reload(loaded -> shown.run());
    }

    /** Shows a booking: its branch and day in the day layout, the booking selected. */
    public void reveal(long branchId, LocalDate day, long bookingId) {
        Consumer<CalendarSnapshot> select = loaded -> loaded.bookings().stream()
                .filter(b -> b.id() == bookingId).findFirst().ifPresent(state.selected()::set);
        state.mode().set(CalendarMode.DAY);
        state.date().set(day);
        CompanyInfo target = state.branches().stream().filter(b -> b.id() == branchId).findFirst().orElse(null);
        if (target == null || target.equals(state.branch().get())) {
            reload(select);
        } else {
            loader.afterBranchLoaded(select);
            state.branch().set(target);
        }
    }

    /**
     * The days of the month layout: six weeks from the Monday before the 1st, each with its number of bookings
     * (cancelled ones left out) and the masters' free hours where the day can still be booked. Empty outside it.
     */
    public List<MonthDay> monthDays() {
        CalendarSnapshot current = loader.snapshot().get();
        if (current == null || current.mode() != CalendarMode.MONTH) {
            return List.of();
        }
        return MonthDays.of(current, state.date().get().getMonth(), LocalDate.now(clock));
    }

    /** Bookings per date in the shown range, cancelled ones left out (the month layout's numbers). */
    public Map<LocalDate, Long> bookingCounts() {
        CalendarSnapshot current = loader.snapshot().get();
        return current == null ? Map.of() : MonthDays.bookingCounts(current);
    }

    public ObservableList<CompanyInfo> branches() {
        return state.branches();
    }

    /** The branch whose masters are shown. */
    public ObjectProperty<CompanyInfo> branchProperty() {
        return state.branch();
    }

    /** The branch's active masters, in column order. */
    public ObservableList<EmployeeInfo> masters() {
        return state.masters();
    }

    /** The master whose week the week layout shows. */
    public ObjectProperty<EmployeeInfo> weekMasterProperty() {
        return state.weekMaster();
    }

    /** The day shown (in the week layout: a day of the week shown). */
    public ObjectProperty<LocalDate> dateProperty() {
        return state.date();
    }

    public ObjectProperty<CalendarMode> modeProperty() {
        return state.mode();
    }

    /** The latest loaded masters, bookings and schedules. */
    public ReadOnlyObjectProperty<CalendarSnapshot> snapshotProperty() {
        return loader.snapshot().getReadOnlyProperty();
    }

    /** True while the database is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loading().getReadOnlyProperty();
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

    /**
     * The masters whose columns the snapshot shows, in order (see {@link #hideMastersOffProperty()}); on a master's
     * desk hers first.
     */
    public List<EmployeeInfo> shownColumns(CalendarSnapshot shown) {
        return own.ordered(choices.shownColumns(shown));
    }

    /**
     * The signed-in master whose desk this is: her column first, the others' to look at only. Null at the front desk
     * (admin, receptionist): every column as usual.
     */
    public void setOwnMaster(Long masterId) {
        own.setOwn(masterId);
        if (masterId != null) {
            state.masters().stream().filter(master -> master.id() == masterId).findFirst()
                    .ifPresent(state.weekMaster()::set);
        }
    }

    /** The signed-in master's record, null at the front desk; the columns follow it. */
    public ReadOnlyObjectProperty<Long> ownMasterProperty() {
        return own.ownProperty();
    }

    /** Whether a master's column is another master's on a master's desk: no booking, move or status from here. */
    public boolean isReadOnly(long masterId) {
        return own.readOnly(masterId);
    }

    /** Whether the booking may be changed from this desk (moved, its status, cancelled): it is not another's. */
    public boolean mayChange(BookingSummary booking) {
        return !own.readOnly(booking.masterId());
    }

    /** The bookings of a master in the snapshot that the columns show. */
    public List<BookingSummary> shownBookingsOf(CalendarSnapshot shown, long masterId) {
        return choices.shownBookingsOf(shown, masterId);
    }

    /**
     * The hours the day and week layouts show: 08:00 to 22:00, widened to whole hours so that every shift and every
     * booking of the snapshot is inside.
     */
    public DayHours hoursOf(CalendarSnapshot shown) {
        return DayHours.covering(shown);
    }

    /** The day layout's columns of rooms and equipment instead of masters (decision 0037). */
    public ResourceColumnsViewModel resourceColumns() {
        return resourceColumns;
    }

    /** How far the time scale is zoomed in: 1 is the whole day in view (remembered on this PC). */
    public CalendarZoom zoom() {
        return zoom;
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
        return state.selected();
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
        return loader.error().getReadOnlyProperty();
    }
}
