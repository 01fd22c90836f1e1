package org.salondesk.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestQueries;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The requests screen's pages one forward or back: read from the rows on screen, so none repeats or is skipped. */
class RequestPagesTest {

    private static final int SIZE = 20;
    private static final RequestSort BY_CLIENT = new RequestSort(RequestSort.Column.CLIENT, true);

    private SalonDesk desk;
    private RequestQueries queries;
    private RequestPages pages;

    @BeforeEach
    void demo() {
        desk = TestDatabases.freshDesk(TestToday.at(10, 0));
        desk.seedDemoIfEmpty();
        queries = desk.requestQueries();
        pages = new RequestPages(queries, SIZE);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void forwardAndBackAreThePagesCounted() {
        RequestFilter all = RequestFilter.all();
        long total = queries.count(all);
        for (int page : List.of(0, 1, 2, 3, 2, 1, 1, 0)) {
            List<RequestRow> read = pages.read(all, BY_CLIENT, page, total);
            assertThat(read).as("page %d", page).isEqualTo(queries.page(all, BY_CLIENT, page * SIZE, SIZE));
            pages.show(all, BY_CLIENT, page, read);
        }
    }

    @Test
    void theNextPageFollowsTheLastRowShownWhenRowsMoveInFrontOfIt() {
        RequestFilter all = RequestFilter.all();
        long total = queries.count(all);
        List<RequestRow> first = pages.read(all, BY_CLIENT, 1, total);
        pages.show(all, BY_CLIENT, 1, first);
        RequestRow late = queries.page(all, BY_CLIENT, (int) total - 1, 1).get(0);
        desk.clients().setName(late.clientId(), "Ааааа", null);

        List<RequestRow> next = pages.read(all, BY_CLIENT, 2, total);

        List<RequestRow> everything = new ArrayList<>();
        queries.forEach(all, BY_CLIENT, everything::add, done -> { });
        int last = everything.indexOf(first.get(SIZE - 1));
        assertThat(next).isEqualTo(everything.subList(last + 1, last + 1 + SIZE))
                .doesNotContainAnyElementsOf(first);
        // Counted from the start, the same page number now repeats rows already seen.
        assertThat(queries.page(all, BY_CLIENT, 2 * SIZE, SIZE)).containsAnyElementsOf(first);
        assertThat(Set.copyOf(next)).hasSize(SIZE);
    }
}
