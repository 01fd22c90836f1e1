package org.salondesk.ui.waitlist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.FreeStart;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.waitlist.WaitingList;
import org.salondesk.waitlist.WaitlistMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Waiting list screen and its badge: the branch's open entries, each with the free starts the availability engine
 * finds for it now; reading them again is also what tells the desk (once) of an entry that found time. Book opens the
 * booking dialog filled in with the first start found; once booked, the entry is BOOKED.
 */
public final class WaitingListViewModel {

    /** Opens the booking dialog filled in for an entry's free start. */
    @FunctionalInterface
    public interface BookingDialogFor {
        BookingDialogViewModel open(long branchId, List<Long> serviceIds, long masterId, LocalDate date,
                                    LocalTime time, String phone);
    }

    private static final Logger LOG = LoggerFactory.getLogger(WaitingListViewModel.class);

    private final WaitingList waitingList;
    private final WaitlistMatching matching;
    private final BackgroundExecutor background;
    private final BookingDialogFor dialogs;
    private final WaitlistAddForm form;
    private final ObjectProperty<CompanyInfo> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<WaitlistRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<WaitlistRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper matchedCount = new ReadOnlyIntegerWrapper(this, "matchedCount");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Which read is wanted: an answer to an older one (another branch) is dropped. */
    private int generation;
    /**
     * Whether the list has been asked for (the screen opened, or the desk matched it): until then a new branch reads
     * nothing, so that the desk's start leaves the processors to the calendar that follows the same branch.
     */
    private boolean asked;

    public WaitingListViewModel(WaitingList waitingList, WaitlistMatching matching, WaitlistAddForm form,
                                BackgroundExecutor background, BookingDialogFor dialogs) {
        this.waitingList = waitingList;
        this.matching = matching;
        this.form = form;
        this.background = background;
        this.dialogs = dialogs;
        form.setOnAdded(this::refresh);
        branch.addListener((obs, old, now) -> {
            if (asked) {
                form.branchChanged(now == null ? null : now.id());
                refresh();
            }
        });
    }

    /** The screen shows the branch that {@code shown} holds (the calendar's). */
    public void follow(ObjectProperty<CompanyInfo> shown) {
        branch.bind(shown);
    }

    /** The screen is opened: the entries and the form's choices are read. */
    public void start() {
        asked = true;
        form.branchChanged(branch.get() == null ? null : branch.get().id());
        refresh();
    }

    /**
     * Matches the branch's open entries again (bookings or schedules changed, the desk opened, the timer): the list
     * and the badge follow, and entries that found time are told of once.
     */
    public void refresh() {
        asked = true;
        CompanyInfo shown = branch.get();
        if (shown == null) {
            return;
        }
        int asked = ++generation;
        background.run(() -> matching.matches(shown.id()).stream().map(WaitlistRow::of).toList(), found -> {
            if (asked != generation) {
                return;
            }
            Long kept = selected.get() == null ? null : selected.get().entry().id();
            rows.setAll(found);
            matchedCount.set((int) found.stream().filter(WaitlistRow::matched).count());
            selected.set(found.stream().filter(row -> kept != null && row.entry().id() == kept).findFirst()
                    .orElse(null));
            error.set("");
        }, failure -> {
            LOG.warn("Could not match the waiting list", failure);
            error.set(ErrorText.of(failure));
        });
    }

    /** Takes the entry off the list (the client no longer waits). */
    public void cancel(WaitlistRow row) {
        background.run(() -> {
            waitingList.cancel(row.entry().id());
            return null;
        }, done -> refresh(), failure -> error.set(ErrorText.of(failure)));
    }

    /**
     * The booking dialog for the entry's first free start, filled in; null when it has none. The View shows it and
     * hands the booking made to {@link #booked}.
     */
    public BookingDialogViewModel book(WaitlistRow row) {
        if (row == null || !row.matched()) {
            return null;
        }
        FreeStart start = row.starts().get(0);
        return dialogs.open(row.entry().branchId(), row.entry().serviceIds(), start.offer().masterId(), start.date(),
                start.offer().time(), row.entry().clientPhone());
    }

    /** The dialog booked the entry's client: the entry is BOOKED. */
    public void booked(WaitlistRow row, BookingInfo booking) {
        background.run(() -> {
            waitingList.markBooked(row.entry().id(), booking.id());
            return null;
        }, done -> refresh(), failure -> error.set(ErrorText.of(failure)));
    }

    public WaitlistAddForm form() {
        return form;
    }

    public ObjectProperty<CompanyInfo> branchProperty() {
        return branch;
    }

    public ObservableList<WaitlistRow> rows() {
        return rows;
    }

    public ObjectProperty<WaitlistRow> selectedProperty() {
        return selected;
    }

    /** How many entries have free time now: the navigation's badge. */
    public ReadOnlyIntegerProperty matchedCountProperty() {
        return matchedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
