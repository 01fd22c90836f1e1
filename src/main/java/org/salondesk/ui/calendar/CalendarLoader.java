package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.changes.TouchedBooking;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;

/**
 * The calendar's reading in the background: the first day (branches, masters, bookings, schedules in one piece of
 * work, so that the screen fills after one trip to the database at start-up), the masters of another branch, the
 * range a layout shows, and what a change elsewhere touched. Only the answer to the latest request is shown.
 */
final class CalendarLoader {

    private final CalendarState state;
    private final SnapshotReader reader;
    private final BookingQueries queries;
    private final BackgroundExecutor background;
    private final BookingDetailsViewModel details;

    private final ReadOnlyObjectWrapper<CalendarSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Only the answer to the latest request is shown; older ones that arrive late are dropped.
    private long requestSequence;
    // The request whose answer is shown: when it is the latest, no read is under way.
    private long shownRequest;
    // A booking to select once a read that holds it is shown, whichever read that is (see selectWhenShown).
    private Long toSelect;
    // A booking to select once another branch's masters have loaded.
    private Consumer<CalendarSnapshot> pendingReveal;
    // True while the first day's answer is put in place: it brings its masters and bookings along.
    private boolean placingFirstDay;
    private final OwnColumns own;

    /** {@code own} says whose desk it is: the week layout starts on a master's own week. */
    CalendarLoader(CalendarState state, SnapshotReader reader, BookingQueries queries, BackgroundExecutor background,
                   BookingDetailsViewModel details, OwnColumns own) {
        this.state = state;
        this.own = own;
        this.reader = reader;
        this.queries = queries;
        this.background = background;
        this.details = details;
        state.branch().addListener((obs, old, now) -> {
            if (!placingFirstDay) {
                loadMasters(false);
            }
        });
        state.date().addListener((obs, old, now) -> reload());
        state.mode().addListener((obs, old, now) -> reload());
        state.weekMaster().addListener((obs, old, now) -> {
            if (state.mode().get() == CalendarMode.WEEK && !placingFirstDay) {
                reload();
            }
        });
    }

    /** Reads the branches, the first one's masters and the day shown, in one piece of work, and shows them. */
    void start(Runnable then) {
        loading.set(true);
        LocalDate day = state.date().get();
        CalendarMode layout = state.mode().get();
        long request = ++requestSequence;
        background.run(() -> reader.firstDay(layout, day), first -> {
            placeFirstDay(request, layout, day, first);
            then.run();
        }, failure -> {
            fail(failure);
            then.run();
        });
    }

    /**
     * As {@link #start(Runnable)}, with the first day already read: shown at once, so that the screen is filled
     * before it first shows. A day read for another date or layout than the one now asked for is read again.
     */
    void start(CalendarFirstDay first, Runnable then) {
        if (first == null || !first.day().equals(state.date().get())
                || state.mode().get() != CalendarMode.DAY) {
            start(then);
            return;
        }
        loading.set(true);
        placeFirstDay(++requestSequence, CalendarMode.DAY, first.day(), first.read());
        then.run();
    }

    private void placeFirstDay(long request, CalendarMode layout, LocalDate day, SnapshotReader.FirstDay first) {
        state.branches().setAll(first.branches());
        if (first.branches().isEmpty()) {
            loading.set(false);
            error.set(Messages.get("calendar.noBranches"));
            return;
        }
        placingFirstDay = true;
        try {
            state.masters().setAll(first.masters());
            state.weekMaster().set(first.masters().isEmpty() ? null : own.ordered(first.masters()).get(0));
            state.branch().set(first.branches().get(0));
        } finally {
            placingFirstDay = false;
        }
        // The receptionist may have stepped to another day while it was read: that one is read now.
        if (day.equals(state.date().get()) && layout == state.mode().get()) {
            show(request, first.snapshot(), loaded -> { });
        } else {
            reload();
        }
    }

    /** Reads the masters of the branch shown again; quietly (a change elsewhere) without the loading sign. */
    void loadMasters(boolean quietly) {
        CompanyInfo current = state.branch().get();
        if (current == null) {
            return;
        }
        if (!quietly) {
            loading.set(true);
        }
        background.run(() -> queries.calendarMasters(current.id()), list -> {
            if (!Objects.equals(current, state.branch().get())) {
                return;
            }
            if (!state.masters().equals(list)) {
                state.masters().setAll(list);
            }
            EmployeeInfo keep = state.weekMaster().get();
            EmployeeInfo week = list.stream().filter(m -> keep != null && m.id() == keep.id()).findFirst()
                    .orElse(list.isEmpty() ? null : own.ordered(list).get(0));
            if (!Objects.equals(week, keep)) {
                state.weekMaster().set(week);
            }
            Consumer<CalendarSnapshot> then = pendingReveal == null ? loaded -> { } : pendingReveal;
            pendingReveal = null;
            reload(then, quietly);
        }, this::fail);
    }

    /** Selects with {@code select} once the branch about to be shown has loaded. */
    void afterBranchLoaded(Consumer<CalendarSnapshot> select) {
        pendingReveal = select;
    }

    void reload() {
        reload(loaded -> { }, false);
    }

    /** Reads the visible range again, then runs {@code afterwards} with the new snapshot on the UI thread. */
    void reload(Consumer<CalendarSnapshot> afterwards, boolean quietly) {
        CompanyInfo current = state.branch().get();
        LocalDate day = state.date().get();
        if (current == null || day == null) {
            return;
        }
        CalendarMode layout = state.mode().get();
        EmployeeInfo week = state.weekMaster().get();
        List<EmployeeInfo> columns = layout == CalendarMode.WEEK
                ? week == null ? List.of() : List.of(week)
                : List.copyOf(state.masters());
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
        selectIfShown(loaded);
        afterwards.accept(loaded);
    }

    /** See {@link CalendarViewModel#changed}. */
    void changed(Change change) {
        CompanyInfo current = state.branch().get();
        LocalDate day = state.date().get();
        if (current == null || day == null) {
            return;
        }
        BookingSummary chosen = state.selected().get();
        if (chosen != null && change.touchesBooking(chosen.id())) {
            details.refresh();
        }
        if (change.touches(ChangeKind.CATALOG)) {
            loadMasters(true);
            return;
        }
        CalendarMode layout = state.mode().get();
        LocalDate from = SnapshotReader.from(layout, day);
        LocalDate to = SnapshotReader.to(layout, day);
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
                && shown.mode() == layout && shown.from().equals(from) && shown.to().equals(to);
        if (more || days.isEmpty() || !settled) {
            reload(loaded -> { }, true);
            return;
        }
        long request = ++requestSequence;
        background.run(() -> reader.refresh(shown, days), loaded -> show(request, loaded, done -> { }), this::fail);
    }

    /**
     * Selects the booking once a read that holds it is on screen: a newer read (a change from the feed, say) may
     * overtake the one asked for, and the booking must be selected all the same.
     */
    void selectWhenShown(long bookingId) {
        toSelect = bookingId;
    }

    private void selectIfShown(CalendarSnapshot loaded) {
        Long wanted = toSelect;
        if (wanted != null) {
            loaded.bookings().stream().filter(b -> b.id() == wanted).findFirst().ifPresent(found -> {
                toSelect = null;
                state.selected().set(found);
            });
        }
    }

    // After a reload the selected booking is the same booking, with its new data (or nothing if it is gone).
    private void keepSelection(CalendarSnapshot loaded) {
        BookingSummary current = state.selected().get();
        if (current != null) {
            state.selected().set(loaded.bookings().stream().filter(b -> b.id() == current.id()).findFirst()
                    .orElse(null));
        }
    }

    private void fail(Throwable failure) {
        loading.set(false);
        error.set(ErrorText.of(failure));
    }

    ReadOnlyObjectWrapper<CalendarSnapshot> snapshot() {
        return snapshot;
    }

    ReadOnlyBooleanWrapper loading() {
        return loading;
    }

    ReadOnlyStringWrapper error() {
        return error;
    }
}
