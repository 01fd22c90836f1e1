package org.salondesk.ui.requests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestQueries;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestSummary;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ColumnLayout;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.NoticeBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.salondesk.ui.common.ViewPreferences;

/**
 * Request review: all requests (bookings) of any date for all masters, filtered by a quick filter (new, today,
 * week, month, a date, all), branch, master, status and a search, read from the database a page at a time, with
 * the number of requests per status. Selected rows can be confirmed or cancelled together and the list exported.
 */
public final class RequestsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RequestsViewModel.class);

    /** Rows per page: a screenful and a bit; the database is asked for one page at a time. */
    public static final int PAGE_SIZE = 100;
    /** The new requests of every branch and date: the badge. */
    private static final RequestFilter NEW_ANYWHERE = RequestFilter.all().withStatuses(Set.of(BookingStatus.NEW));

    private final BookingService booking;
    private final RequestQueries queries;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final BookingDetailsViewModel card;
    private final Clock clock;
    private final ColumnLayout columns;
    private final RequestActions actions;
    private final RequestPages pages;

    private final RequestFilters filters;
    private final ObservableList<CompanyInfo> branches = FXCollections.observableArrayList();
    private final ObservableList<EmployeeInfo> masters = FXCollections.observableArrayList();
    private final ObjectProperty<RequestSort> sort = new SimpleObjectProperty<>(this, "sort", RequestSort.byDateTime());
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);

    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ObservableMap<BookingStatus, Long> counts = FXCollections.observableMap(
            new EnumMap<>(BookingStatus.class));
    private final ReadOnlyLongWrapper newCount = new ReadOnlyLongWrapper(this, "newCount");
    private final ObservableList<RequestRow> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private long requestSequence;
    private boolean started;

    public RequestsViewModel(BookingService booking, RequestQueries queries, BackgroundExecutor background,
                             NoticeBoard notices, BookingDetailsViewModel card, Clock clock,
                             ViewPreferences preferences) {
        this.booking = booking;
        this.queries = queries;
        this.background = background;
        this.notices = notices;
        this.card = card;
        this.clock = clock;
        this.columns = new ColumnLayout(preferences, "requests.columns");
        this.pages = new RequestPages(queries, PAGE_SIZE);
        this.actions = new RequestActions(booking, queries, background, notices, () -> {
            selection.clear();
            reload();
        }, this::reload);
        this.filters = new RequestFilters(LocalDate.now(clock), this::firstPage, this::loadMasters);
        card.setOnChanged(this::reload);
        sort.addListener((obs, old, now) -> firstPage());
        page.addListener((obs, old, now) -> reload());
    }

    /**
     * Loads the branches and the first page. The admin sees what waits first: when there are new requests, the
     * list opens on them.
     */
    public void start() {
        if (started) {
            reload();
            return;
        }
        started = true;
        loading.set(true);
        background.run(() -> new Start(booking.getCompaniesForBooking(), queries.count(NEW_ANYWHERE)), start -> {
            branches.setAll(start.branches());
            newCount.set(start.newRequests());
            if (start.newRequests() > 0) {
                filters.quick().set(QuickFilter.NEW);
            }
            reload();
            loadMasters();
        }, this::fail);
    }

    private record Start(List<CompanyInfo> branches, long newRequests) {
    }

    /** Counts the new requests again (the badge), without touching the list. */
    public void refreshNewCount() {
        background.run(() -> queries.count(NEW_ANYWHERE), newCount::set,
                failure -> LOG.warn("Could not count the new requests", failure));
    }

    private void loadMasters() {
        CompanyInfo current = filters.branch().get();
        background.run(() -> current == null ? List.<EmployeeInfo>of()
                : booking.getEmployeesForBooking(current.id(), null, null, null), masters::setAll, this::fail);
    }

    private void firstPage() {
        if (page.get() == 0) {
            reload();
        } else {
            page.set(0);
        }
    }

    /** The filter the list shows now. */
    public RequestFilter filter() {
        return filters.filter(LocalDate.now(clock));
    }

    /** Reads the page, the total and the counts per status again (after a change, or to refresh). */
    public void reload() {
        reload(false);
    }

    // Quietly (for a change made elsewhere) the loading sign stays off.
    private void reload(boolean quietly) {
        if (!started) {
            return;
        }
        RequestFilter filter = filter();
        RequestSort order = sort.get();
        int pageNumber = page.get();
        long request = ++requestSequence;
        if (!quietly) {
            loading.set(true);
        }
        background.run(() -> {
            RequestSummary summary = queries.summary(filter);
            return new Page(pages.read(filter, order, pageNumber, summary.total()), summary);
        }, loaded -> {
            if (request != requestSequence) {
                return;
            }
            loading.set(false);
            error.set("");
            // A page read again unchanged is left alone: the table keeps its selection and scroll position.
            if (!rows.equals(loaded.rows())) {
                rows.setAll(loaded.rows());
            }
            pages.show(filter, order, pageNumber, loaded.rows());
            total.set(loaded.summary().total());
            pageCount.set((int) Math.max(1, (loaded.summary().total() + PAGE_SIZE - 1) / PAGE_SIZE));
            loaded.summary().counts().forEach((each, count) -> {
                if (!count.equals(counts.get(each))) {
                    counts.put(each, count);
                }
            });
            newCount.set(loaded.summary().newRequests());
            selection.retainAll(rows);
        }, this::fail);
    }

    /**
     * Something changed in the database, here or on another desk (ChangeFeed): when it may touch the requests shown
     * (or their names and phones), the page and counts are read again quietly; else only the badge. The card follows.
     */
    public void changed(Change change) {
        if (!started) {
            if (change.touches(ChangeKind.BOOKINGS)) {
                refreshNewCount();
            }
            return;
        }
        if (card.detailsProperty().get() != null && change.touchesBooking(card.detailsProperty().get().id())) {
            card.refresh();
        }
        RequestFilter shown = filter();
        if (change.touches(ChangeKind.CLIENTS) || change.touchesBookings(shown.branchId(), shown.from(), shown.to())) {
            reload(true);
        } else if (change.touches(ChangeKind.BOOKINGS)) {
            refreshNewCount();
        }
    }

    private record Page(List<RequestRow> rows, RequestSummary summary) {
    }

    /** Shows the new requests and the card of {@code bookingId} (a popup of an online request was clicked). */
    public void reveal(long bookingId) {
        filters.quick().set(QuickFilter.NEW);
        card.show(bookingId);
    }

    /** Shows a row's request card. */
    public void open(RequestRow row) {
        card.show(row == null ? null : row.id());
    }

    /** Confirms every selected NEW request; others are left as they are and counted. */
    public void confirmSelected() {
        actions.confirm(List.copyOf(selection));
    }

    /** Cancels every selected request that can be cancelled, with one reason. */
    public void cancelSelected(String reason) {
        if (reason == null || reason.isBlank()) {
            error.set(Messages.get("error.required", Messages.get("field.cancelReason")));
            return;
        }
        if (!RequestRow.CANCEL_REASON.fits(reason)) {
            error.set(RequestRow.CANCEL_REASON.problem(reason));
            return;
        }
        actions.cancel(List.copyOf(selection), reason.strip());
    }

    /** Writes the whole filtered list (not just the page) to a CSV file, reporting progress as it goes. */
    public void export(Path file) {
        actions.export(filter(), sort.get(), total.get(), file);
    }

    private void fail(Throwable failure) {
        loading.set(false);
        error.set(ErrorText.of(failure));
    }

    public ObjectProperty<QuickFilter> quickProperty() {
        return filters.quick();
    }

    /** The date of the "by date" filter. */
    public ObjectProperty<LocalDate> byDateProperty() {
        return filters.byDate();
    }

    public ObservableList<CompanyInfo> branches() {
        return branches;
    }

    /** The branch whose requests show; null for all branches. */
    public ObjectProperty<CompanyInfo> branchProperty() {
        return filters.branch();
    }

    public ObservableList<EmployeeInfo> masters() {
        return masters;
    }

    /** The master whose requests show; null for all. */
    public ObjectProperty<EmployeeInfo> masterProperty() {
        return filters.master();
    }

    /** The status shown; null for all (the "new" quick filter shows NEW whatever this says). */
    public ObjectProperty<BookingStatus> statusProperty() {
        return filters.status();
    }

    /** Client name, phone (any format) or booking number. */
    public StringProperty searchProperty() {
        return filters.search();
    }

    public ObjectProperty<RequestSort> sortProperty() {
        return sort;
    }

    /** The page shown, from 0. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** The rows of the page shown. */
    public ObservableList<RequestRow> rows() {
        return rows;
    }

    /** How many requests the filter finds in all. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** Requests per status for the filter (its status left aside). */
    public ObservableMap<BookingStatus, Long> counts() {
        return counts;
    }

    /** New requests waiting for confirmation, any date (the badge). */
    public ReadOnlyLongProperty newCountProperty() {
        return newCount.getReadOnlyProperty();
    }

    /** The rows ticked for a bulk action (the View keeps it in step with the table's selection). */
    public ObservableList<RequestRow> selection() {
        return selection;
    }

    /** The request card of the row opened. */
    public BookingDetailsViewModel card() {
        return card;
    }

    /** The table's columns as the user arranged them, kept on this PC between starts. */
    public ColumnLayout columns() {
        return columns;
    }

    /**
     * Whether a row stands out (in bold): a new request waiting for confirmation, among others. A list of only new
     * requests marks none, since nothing there needs telling apart.
     */
    public boolean standsOut(RequestRow row) {
        return filters.standsOut(row);
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0..1 while exporting, -1 otherwise. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return actions.exportProgressProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
