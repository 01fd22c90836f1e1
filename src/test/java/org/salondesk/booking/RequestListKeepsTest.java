package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.catalog.MasterRow;
import org.salondesk.persistence.Database;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * What the database keeps for the request list (migration V14): the counts per branch and status, and the client's
 * and master's names on each booking that the list sorts by, whoever writes the rows: the desk or plain SQL.
 */
class RequestListKeepsTest {

    private static final LocalDate TODAY = TestToday.date();

    private SalonDesk desk;
    private Database database;
    private RequestQueries queries;

    @BeforeEach
    void demo() {
        desk = TestDatabases.freshDesk(TestToday.at(10, 0));
        desk.seedDemoIfEmpty();
        database = DeskInternals.database(desk);
        queries = desk.requestQueries();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCountsFollowEveryKindOfWrite() {
        assertThat(kept()).isEqualTo(counted()).isNotEmpty();
        List<RequestRow> ahead = queries.page(new RequestFilter(null, null, Set.of(BookingStatus.NEW), TODAY,
                null, null), RequestSort.byDateTime(), 0, 3);
        assertThat(ahead).hasSize(3);

        desk.booking().changeStatus(ahead.get(0).id(), BookingStatus.CONFIRMED, null);
        desk.booking().cancelBooking(ahead.get(1).branchId(), ahead.get(1).id(), "changed plans");
        sql("update booking set status = 'NO_SHOW' where id = ?", ahead.get(2).id());
        long deleted = queries.page(RequestFilter.all(), RequestSort.byDateTime(), 0, 1).get(0).id();
        // The demo's past is paid for: the booking's checkout goes first.
        for (String table : List.of("payment", "checkout_line")) {
            sql("delete from " + table + " where checkout_id in (select id from checkout where booking_id = ?)",
                    deleted);
        }
        for (String table : List.of("checkout", "booked_service", "booking_custom_field", "booking_event")) {
            sql("delete from " + table + " where booking_id = ?", deleted);
        }
        sql("update task set booking_id = null where booking_id = ?", deleted);
        sql("delete from booking where id = ?", deleted);

        assertThat(kept()).isEqualTo(counted());
        RequestSummary summary = queries.summary(RequestFilter.all());
        assertThat(summary.total()).isEqualTo(queries.count(RequestFilter.all()));
        assertThat(summary.newRequests()).isEqualTo(queries.count(RequestFilter.all()
                .withStatuses(Set.of(BookingStatus.NEW))));
    }

    @Test
    void theNamesTheListSortsByFollowRenamesAndMoves() {
        long branch = desk.booking().getCompaniesForBooking().get(0).id();
        RequestRow first = queries.page(new RequestFilter(branch, null, Set.of(), TODAY, null, null),
                RequestSort.byDateTime(), 0, 1).get(0);
        desk.clients().setName(first.clientId(), "Яяя", "Последняя");
        // A cancelled booking holds no time, so plain SQL may give it to any master.
        RequestRow moved = queries.page(new RequestFilter(branch, null, Set.of(BookingStatus.CANCELLED), null, null,
                null), RequestSort.byDateTime(), 0, 1).get(0);
        MasterRow master = desk.masters().masters(branch).stream()
                .filter(each -> each.id() != moved.masterId()).findFirst().orElseThrow();
        desk.masters().updateMaster(master.id(), "Ааа Первая", master.information(), master.jobTitleId());

        RequestRow byClient = queries.page(RequestFilter.all(), new RequestSort(RequestSort.Column.CLIENT, false), 0,
                1).get(0);
        assertThat(byClient.clientName()).isEqualTo("Яяя Последняя");
        RequestRow byMaster = queries.page(RequestFilter.all(), new RequestSort(RequestSort.Column.MASTER, true), 0,
                1).get(0);
        assertThat(byMaster.masterName()).isEqualTo("Ааа Первая");

        sql("update booking set employee_id = ? where id = ?", master.id(), moved.id());
        assertThat(queries.page(new RequestFilter(null, master.id(), Set.of(), null, null, null),
                new RequestSort(RequestSort.Column.MASTER, true), 0, 1000))
                .extracting(RequestRow::id).contains(moved.id());
        assertThat(stale()).isZero();
    }

    /** Bookings whose copied names differ from their client's and master's names as the list sorts them. */
    private long stale() {
        return database.withConnection(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select count(*) from booking b"
                    + " join client c on c.id = b.client_id join employee e on e.id = b.employee_id"
                    + " where b.client_key <> lower(trim(concat(c.name, ' ', c.surname)))"
                    + " or b.master_key <> lower(e.name)");
                 ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private Map<String, Long> kept() {
        return counts("select branch_id, status, bookings from booking_count where bookings <> 0");
    }

    private Map<String, Long> counted() {
        return counts("select branch_id, status, count(*) from booking group by branch_id, status");
    }

    private Map<String, Long> counts(String query) {
        return database.withConnection(connection -> {
            Map<String, Long> result = new HashMap<>();
            try (PreparedStatement read = connection.prepareStatement(query); ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getLong(1) + " " + rows.getString(2), rows.getLong(3));
                }
            }
            return result;
        });
    }

    private void sql(String statement, Object... parameters) {
        database.withConnection(connection -> {
            try (PreparedStatement write = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    write.setObject(i + 1, parameters[i]);
                }
                return write.executeUpdate();
            }
        });
    }
}
