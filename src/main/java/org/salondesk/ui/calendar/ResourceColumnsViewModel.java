package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CalendarResource;
import org.salondesk.booking.ResourceUseSummary;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The day layout's other columns (decision 0037): a column per active room, chair, basin or piece of equipment of the
 * branch instead of a column per master, each with the stretches the day's bookings take it. The resources come with
 * the masters' day; their uses are read again whenever the masters' day is (a step to another day, a change from the
 * feed), so both show the same moment. The choice is remembered on this PC. Read-only: a booking is picked here, changed through its details.
 */
public final class ResourceColumnsViewModel {

    static final String PREFERENCE = "calendar.resourceColumns";

    /** The uses of a branch's resources on a date. */
    public record ResourceDay(long branchId, LocalDate date, List<ResourceUseSummary> uses) {

        public ResourceDay {
            uses = List.copyOf(uses);
        }
    }

    private final BookingQueries queries;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final CalendarState state;
    private final ReadOnlyObjectProperty<CalendarSnapshot> snapshot;
    private final BooleanProperty showCancelled;

    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "resourceColumns");
    private final ObservableList<CalendarResource> resources = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<ResourceDay> day = new ReadOnlyObjectWrapper<>(this, "day");
    // Only the latest answer is shown, as the masters' columns do.
    private long dayRequest;

    ResourceColumnsViewModel(BookingQueries queries, BackgroundExecutor background, NoticeBoard notices,
                             CalendarState state, ReadOnlyObjectProperty<CalendarSnapshot> snapshot,
                             BooleanProperty showCancelled, ViewPreferences preferences) {
        this.queries = queries;
        this.background = background;
        this.notices = notices;
        this.state = state;
        this.snapshot = snapshot;
        this.showCancelled = showCancelled;
        wanted.set(Boolean.parseBoolean(preferences.get(PREFERENCE, "false")));
        wanted.addListener((obs, old, now) -> preferences.put(PREFERENCE, now.toString()));
        available.bind(Bindings.isNotEmpty(resources));
        shown.bind(wanted.and(available).and(state.mode().isEqualTo(CalendarMode.DAY)));
        snapshot.addListener((obs, old, now) -> masterDayShown(now));
        shown.addListener((obs, old, now) -> readDay());
    }

    /** Whether the receptionist chose resource columns for the day layout (remembered on this PC). */
    public BooleanProperty resourceColumnsProperty() {
        return wanted;
    }

    /** Whether the branch shown has a resource in use: without one there is nothing to choose. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether resource columns show now: chosen, possible, and the day layout. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Switches between the masters' columns and the resources' (the toolbar's shortcut); only in the day layout. */
    public void toggle() {
        if (available.get() && state.mode().get() == CalendarMode.DAY) {
            wanted.set(!wanted.get());
        }
    }

    /** The branch's active resources, by name: the columns. */
    public ObservableList<CalendarResource> resources() {
        return resources;
    }

    /** The day whose uses the columns show; null before one is read. */
    public ReadOnlyObjectProperty<ResourceDay> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** Why the choice is disabled, or what it does. */
    public String hint() {
        return available.get() ? Messages.get("calendar.columns.hint") : Messages.get("calendar.columns.none");
    }

    /** The column's header: the name and how many units there are. */
    public static String header(CalendarResource resource) {
        return Messages.get("calendar.resourceHeader", resource.name(), resource.quantity());
    }

    /** What a use's card says: the client, then the services and the master. */
    public static String title(ResourceUseSummary use) {
        return use.clientName() + "\n" + use.services() + " · " + use.masterName();
    }

    /** The uses of a resource on the day that its column shows (cancelled ones only when the masters' show them). */
    public List<ResourceUseSummary> usesOf(ResourceDay shownDay, long resourceId) {
        return shownDay.uses().stream().filter(use -> use.resourceId() == resourceId)
                .filter(use -> showCancelled.get() || use.status() != BookingStatus.CANCELLED).toList();
    }

    /** The stretches of the day in which every unit of the resource is taken, joined where they meet. */
    public static List<TimeSpan> fullSpans(ResourceDay shownDay, CalendarResource resource) {
        List<TimeSpan> taking = shownDay.uses().stream().filter(use -> use.resourceId() == resource.id())
                .filter(ResourceUseSummary::takes).map(ResourceUseSummary::span).toList();
        TreeSet<Integer> edges = new TreeSet<>();
        taking.forEach(span -> {
            edges.add(span.start());
            edges.add(span.end());
        });
        List<TimeSpan> full = new ArrayList<>();
        Integer from = null;
        for (Integer edge : edges) {
            if (from != null) {
                TimeSpan piece = new TimeSpan(from, edge);
                if (taking.stream().filter(piece::overlaps).count() >= resource.quantity()) {
                    TimeSpan last = full.isEmpty() ? null : full.get(full.size() - 1);
                    if (last != null && last.end() == piece.start()) {
                        full.set(full.size() - 1, new TimeSpan(last.start(), piece.end()));
                    } else {
                        full.add(piece);
                    }
                }
            }
            from = edge;
        }
        return full;
    }

    /** The header's second line: when every unit is taken, or empty. */
    public static String fullText(ResourceDay shownDay, CalendarResource resource) {
        List<TimeSpan> full = fullSpans(shownDay, resource);
        return full.isEmpty() ? "" : Messages.get("calendar.resourceFull", full.stream()
                .map(span -> Messages.time(span.startTime()) + "–" + (span.end() == TimeSpan.MINUTES_PER_DAY
                        ? "24:00" : Messages.time(span.endTime())))
                .collect(Collectors.joining(", ")));
    }

    /** The booking of a use as the masters' columns have it (for its details and menu); null if not read. */
    public BookingSummary bookingOf(ResourceUseSummary use) {
        CalendarSnapshot shownMasters = snapshot.get();
        return shownMasters == null ? null : shownMasters.bookings().stream()
                .filter(booking -> booking.id() == use.bookingId()).findFirst().orElse(null);
    }

    /** Picks a use's booking, as picking its card in a master's column does: its details show. */
    public void select(ResourceUseSummary use) {
        state.selected().set(use == null ? null : bookingOf(use));
    }

    // The masters' day was read (another day or branch, a change here or from the feed, the catalogue): the resources
    // come with it, and their day is read again. A choice that has just become possible reads it once, on its own.
    private void masterDayShown(CalendarSnapshot masters) {
        boolean wasShown = shown.get();
        List<CalendarResource> now = masters == null ? List.of() : masters.resources();
        if (!resources.equals(now)) {
            resources.setAll(now);
        }
        if (wasShown && shown.get()) {
            readDay();
        }
    }

    // The day of the masters' snapshot: the one on screen, so that a card picked here is found there.
    private void readDay() {
        CalendarSnapshot masters = snapshot.get();
        if (!shown.get() || masters == null || masters.mode() != CalendarMode.DAY) {
            return;
        }
        long request = ++dayRequest;
        long branchId = masters.branchId();
        LocalDate date = masters.from();
        background.run(() -> queries.resourceUses(branchId, date), uses -> {
            ResourceDay read = new ResourceDay(branchId, date, uses);
            if (request == dayRequest && !Objects.equals(read, day.get())) {
                day.set(read);
            }
        }, this::failed);
    }

    private void failed(Throwable failure) {
        notices.post(Notice.error(ErrorText.of(failure)));
    }
}
