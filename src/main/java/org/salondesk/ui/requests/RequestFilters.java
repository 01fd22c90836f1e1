package org.salondesk.ui.requests;

import java.time.LocalDate;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;

/**
 * The request list's filter bar: the quick filter (and its date), branch, master, status and search, and the
 * {@link RequestFilter} they make together. Any change shows the list from its first page.
 */
final class RequestFilters {

    private final ObjectProperty<QuickFilter> quick = new SimpleObjectProperty<>(this, "quick", QuickFilter.TODAY);
    private final ObjectProperty<LocalDate> byDate = new SimpleObjectProperty<>(this, "byDate");
    private final ObjectProperty<CompanyInfo> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObjectProperty<EmployeeInfo> master = new SimpleObjectProperty<>(this, "master");
    private final ObjectProperty<BookingStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    /**
     * @param changed        runs when the filter changes
     * @param branchChanged  runs first when the branch changes (its masters are read; the master chosen is dropped)
     */
    RequestFilters(LocalDate today, Runnable changed, Runnable branchChanged) {
        byDate.set(today);
        quick.addListener((obs, old, now) -> changed.run());
        byDate.addListener((obs, old, now) -> {
            if (quick.get() == QuickFilter.BY_DATE) {
                changed.run();
            }
        });
        branch.addListener((obs, old, now) -> {
            master.set(null);
            branchChanged.run();
            changed.run();
        });
        master.addListener((obs, old, now) -> changed.run());
        status.addListener((obs, old, now) -> changed.run());
        search.addListener((obs, old, now) -> changed.run());
    }

    RequestFilter filter(LocalDate today) {
        LocalDate from = quick.get().from(today, byDate.get());
        LocalDate to = quick.get().to(today, byDate.get());
        Set<BookingStatus> statuses = quick.get() == QuickFilter.NEW ? Set.of(BookingStatus.NEW)
                : status.get() == null ? Set.of() : Set.of(status.get());
        return new RequestFilter(branch.get() == null ? null : branch.get().id(),
                master.get() == null ? null : master.get().id(), statuses, from, to, search.get());
    }

    /** A new request among others; a list of only new requests marks none. */
    boolean standsOut(RequestRow row) {
        return row.status() == BookingStatus.NEW && quick.get() != QuickFilter.NEW
                && status.get() != BookingStatus.NEW;
    }

    ObjectProperty<QuickFilter> quick() {
        return quick;
    }

    ObjectProperty<LocalDate> byDate() {
        return byDate;
    }

    ObjectProperty<CompanyInfo> branch() {
        return branch;
    }

    ObjectProperty<EmployeeInfo> master() {
        return master;
    }

    ObjectProperty<BookingStatus> status() {
        return status;
    }

    StringProperty search() {
        return search;
    }
}
