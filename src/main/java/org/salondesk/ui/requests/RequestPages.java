package org.salondesk.ui.requests;

import java.util.List;
import java.util.Optional;

import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestQueries;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;

/**
 * Reads the request list a page at a time the way the screen pages it: one page forward or back, or the same page
 * again. Such a page is found from the page on screen (its last row for the next page, its first for the previous
 * one or for itself), which costs one page's walk wherever it is in a million bookings; any other page, or one whose
 * row on screen is gone, is counted from the nearer end of the list (decision 0021).
 */
final class RequestPages {

    private final RequestQueries queries;
    private final int pageSize;
    private Shown shown;

    RequestPages(RequestQueries queries, int pageSize) {
        this.queries = queries;
        this.pageSize = pageSize;
    }

    /** Where the rows on screen are: which list, which page, their first and last booking. */
    record Shown(RequestFilter filter, RequestSort sort, int page, long firstId, long lastId) {
    }

    /** What is on screen now (from the FX thread); the next read starts from it. */
    synchronized void show(RequestFilter filter, RequestSort sort, int page, List<RequestRow> rows) {
        shown = rows.isEmpty() ? null
                : new Shown(filter, sort, page, rows.get(0).id(), rows.get(rows.size() - 1).id());
    }

    /** Page {@code page} (from 0) of the list, which holds {@code total} rows; on a background thread. */
    List<RequestRow> read(RequestFilter filter, RequestSort sort, int page, long total) {
        Shown from;
        synchronized (this) {
            from = shown;
        }
        if (page > 0 && from != null && from.filter().equals(filter) && from.sort().equals(sort)) {
            Optional<List<RequestRow>> near = Optional.empty();
            if (page == from.page() + 1) {
                near = queries.pageNextTo(filter, sort, from.lastId(), true, false, pageSize);
            } else if (page == from.page() - 1) {
                near = queries.pageNextTo(filter, sort, from.firstId(), false, false, pageSize);
            } else if (page == from.page()) {
                near = queries.pageNextTo(filter, sort, from.firstId(), true, true, pageSize);
            }
            // A short page means rows came or went near it: the counted page is the one its number promises.
            if (near.isPresent() && near.get().size() == pageSize) {
                return near.get();
            }
        }
        return queries.page(filter, sort, page * pageSize, pageSize, total);
    }
}
