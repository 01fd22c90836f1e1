package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.availability.BookingStatus;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.LikeText;

/**
 * The request lists: bookings of any date for all masters, filtered, sorted and read a page at a time (the list
 * never loads every booking), with the number of requests per status for the same filter.
 */
public final class RequestQueries {

    /** Rows are read with their names only once the page is known: the filter and the order need no joins. */
    private static final String ROWS = "select b.id, b.number, b.branchId, br.name, b.masterId, e.name, b.date,"
            + " b.startTime, b.durationMinutes, c.id, c.name, c.surname, c.phone, b.status, b.source, b.totalCost"
            + " from Booking b join Master e on e.id = b.masterId join Client c on c.id = b.clientId"
            + " join Branch br on br.id = b.branchId where b.id in :ids";

    private final Database database;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public RequestQueries(Database database, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.trail = trail;
        this.currentStaff = currentStaff;
    }

    /**
     * The filter as the signed-in role may read it: a list with no date but the New one is "All" (the admin's); a
     * master's lists hold her own requests only, and another master's are refused.
     */
    private RequestFilter allowed(RequestFilter filter) {
        boolean dated = filter.from() != null || filter.to() != null;
        if (!dated && !filter.statuses().equals(Set.of(BookingStatus.NEW))) {
            currentStaff.require(Act.REQUESTS_ALL);
        }
        Optional<Long> own = currentStaff.onlyMaster(Act.REQUESTS_BY_DATE);
        if (own.isEmpty()) {
            return filter;
        }
        currentStaff.requireFor(Act.REQUESTS_BY_DATE, filter.masterId() == null ? own.get() : filter.masterId());
        return new RequestFilter(filter.branchId(), own.get(), filter.statuses(), filter.from(), filter.to(),
                filter.search());
    }

    /** One page of the filtered list, {@code limit} rows from {@code offset}. */
    public List<RequestRow> page(RequestFilter asked, RequestSort sort, int offset, int limit) {
        RequestFilter filter = allowed(asked);
        return database.fromTransaction(session -> page(session, filter, sort, offset, limit, -1));
    }

    /**
     * The same page, when the list is known to hold {@code total} rows (its summary): a page in the second half is
     * read from the end, in the reverse order, so that the database walks its index at most half way.
     */
    public List<RequestRow> page(RequestFilter asked, RequestSort sort, int offset, int limit, long total) {
        RequestFilter filter = allowed(asked);
        return database.fromTransaction(session -> page(session, filter, sort, offset, limit, total));
    }

    /**
     * The page next to the booking {@code anchorId} in the list's order: the rows after it ({@code after}) or before
     * it, the booking itself too when {@code including}; empty when that booking is gone. The screen pages one page
     * at a time, so the page next to the one shown is found from its first or last row by walking the order's index
     * from there, however deep in the list it is, rather than by counting every row before it.
     */
    public Optional<List<RequestRow>> pageNextTo(RequestFilter asked, RequestSort sort, long anchorId, boolean after,
                                                 boolean including, int limit) {
        RequestFilter filter = allowed(asked);
        return database.fromTransaction(session -> {
            List<String> columns = sort.columns();
            List<Object[]> anchor = session.createSelectionQuery("select " + String.join(", ", columns)
                    + " from Booking b where b.id = :anchor", Object[].class).setParameter("anchor", anchorId)
                    .getResultList();
            if (anchor.isEmpty()) {
                return Optional.empty();
            }
            // What lies beyond the anchor, nearest first: the rows equal to it on all columns but the last and
            // beyond it on that one, then equal on one column fewer, and so on; each part is one seek into the
            // order's index on either engine (H2 bounds an index by one range after equal columns, no more).
            Where where = where(filter);
            List<Long> page = new ArrayList<>();
            for (int depth = columns.size() - 1; depth >= 0 && page.size() < limit; depth--) {
                StringBuilder beyond = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    beyond.append(columns.get(i)).append(" = :anchor").append(i).append(" and ");
                }
                beyond.append(columns.get(depth)).append(' ')
                        .append(sort.beyond(after, including && depth == columns.size() - 1))
                        .append(" :anchor").append(depth);
                SelectionQuery<Long> ids = session.createSelectionQuery("select b.id from Booking b"
                        + (where.clause.isEmpty() ? " where " : where.clause + " and ") + beyond
                        + " order by " + sort.orderBy(after), Long.class);
                where.bind(ids);
                for (int i = 0; i <= depth; i++) {
                    ids.setParameter("anchor" + i, anchor.get(0)[i]);
                }
                page.addAll(ids.setMaxResults(limit - page.size()).getResultList());
            }
            if (!after) {
                Collections.reverse(page);
            }
            return Optional.of(rows(session, page));
        });
    }

    private List<RequestRow> page(Session session, RequestFilter filter, RequestSort sort, int offset, int limit,
                                  long total) {
        Where where = where(filter);
        boolean fromEnd = total >= 0 && offset > total / 2 && offset < total;
        SelectionQuery<Long> ids = session.createSelectionQuery("select b.id from Booking b" + where.clause
                + " order by " + sort.orderBy(!fromEnd), Long.class);
        where.bind(ids);
        List<Long> page;
        if (fromEnd) {
            long last = Math.min(total, (long) offset + limit);
            page = new ArrayList<>(ids.setFirstResult((int) (total - last)).setMaxResults((int) (last - offset))
                    .getResultList());
            Collections.reverse(page);
        } else {
            page = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        }
        return rows(session, page);
    }

    /** The rows of the bookings {@code page}, in its order, with their names and services. */
    private static List<RequestRow> rows(Session session, List<Long> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        session.createSelectionQuery(ROWS, Object[].class).setParameter("ids", page).getResultList()
                .forEach(row -> rows.put((Long) row[0], row));
        Map<Long, String> services = services(session, page);
        List<RequestRow> result = new ArrayList<>(page.size());
        for (Long id : page) {
            Object[] row = rows.get(id);
            String surname = (String) row[11];
            result.add(new RequestRow(id, (Long) row[1], (Long) row[2], (String) row[3], (Long) row[4],
                    (String) row[5], (LocalDate) row[6], (LocalTime) row[7], (Integer) row[8],
                    services.getOrDefault(id, ""), (Long) row[9],
                    surname == null || surname.isBlank() ? (String) row[10] : row[10] + " " + surname,
                    (String) row[12], (BookingStatus) row[13], (BookingSource) row[14], (BigDecimal) row[15]));
        }
        return result;
    }

    /**
     * The total, the counts per status and the new requests of the filter's branch, from one grouped count: the total
     * is the sum of the counts of the filter's statuses, so no second pass over the bookings counts them again (a
     * count of every booking scans them all on PostgreSQL).
     */
    public RequestSummary summary(RequestFilter asked) {
        RequestFilter filter = allowed(asked);
        Map<BookingStatus, Long> counts = countsByStatus(filter);
        long total = total(counts, filter);
        RequestFilter newOnes = new RequestFilter(filter.branchId(), null, Set.of(BookingStatus.NEW), null, null,
                null);
        long newRequests = newOnes.equals(filter.withStatuses(Set.of(BookingStatus.NEW)))
                ? counts.get(BookingStatus.NEW) : count(newOnes);
        return new RequestSummary(total, counts, newRequests);
    }

    /** The sum of the counts of the filter's statuses (of all, when it names none). */
    private static long total(Map<BookingStatus, Long> counts, RequestFilter filter) {
        return counts.entrySet().stream()
                .filter(each -> filter.statuses().isEmpty() || filter.statuses().contains(each.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** How many requests the filter finds. */
    public long count(RequestFilter asked) {
        RequestFilter filter = allowed(asked);
        if (filter.countedByBranchAndStatus()) {
            return total(countsByStatus(filter), filter);
        }
        return database.fromTransaction(session -> {
            Where where = where(filter);
            SelectionQuery<Long> query = session.createSelectionQuery("select count(b) from Booking b" + where.clause,
                    Long.class);
            where.bind(query);
            return query.getSingleResult();
        });
    }

    /**
     * How many requests of each status the filter finds (its status filter left aside), every status present. A
     * filter of a branch (or of all) and statuses alone reads the counters the database keeps per branch and status
     * (migration V14, decision 0021); any other filter counts its bookings.
     */
    public Map<BookingStatus, Long> countsByStatus(RequestFilter asked) {
        RequestFilter filter = allowed(asked);
        return database.fromTransaction(session -> {
            Map<BookingStatus, Long> counts = new EnumMap<>(BookingStatus.class);
            for (BookingStatus status : BookingStatus.values()) {
                counts.put(status, 0L);
            }
            if (filter.countedByBranchAndStatus()) {
                session.createNativeQuery("select status, sum(bookings) from booking_count"
                                + (filter.branchId() == null ? "" : " where branch_id = :branch") + " group by status",
                                Object[].class)
                        .setProperties(filter.branchId() == null ? Map.of() : Map.of("branch", filter.branchId()))
                        .getResultList()
                        .forEach(row -> counts.put(BookingStatus.valueOf((String) row[0]),
                                ((Number) row[1]).longValue()));
            } else {
                Where where = where(filter.withStatuses(null));
                SelectionQuery<Object[]> query = session.createSelectionQuery("select b.status, count(b)"
                        + " from Booking b" + where.clause + " group by b.status", Object[].class);
                where.bind(query);
                query.getResultList().forEach(row -> counts.put((BookingStatus) row[0], (Long) row[1]));
            }
            return counts;
        });
    }

    /**
     * Every row the filter finds, in order, a page at a time (for export); {@code progress} gets rows done. Each page
     * is read from the last row of the one before, so a long list costs one walk of its index, not one per page.
     */
    public void forEach(RequestFilter filter, RequestSort sort, Consumer<RequestRow> each, Consumer<Long> progress) {
        // Small pages: H2 checks each row a page finds against the whole list of the page's ids, so a page of 2 000
        // cost 250 ms for its rows alone where ten pages of 200 cost a tenth of that (measured on the chain).
        forEach(filter, sort, 200, each, progress);
    }

    void forEach(RequestFilter filter, RequestSort sort, int pageSize, Consumer<RequestRow> each,
                 Consumer<Long> progress) {
        // The export of requests is the admin's, whatever the list shown.
        currentStaff.require(Act.REQUESTS_ALL);
        long done = 0;
        List<RequestRow> rows = page(filter, sort, 0, pageSize);
        while (true) {
            rows.forEach(each);
            done += rows.size();
            progress.accept(done);
            if (rows.size() < pageSize) {
                // The export is done: who took which requests out of the desk goes into the trail.
                trail.record(new AuditNote(AuditKind.EXPORT, AuditAction.EXPORTED, "booking", null,
                        "requests: " + done + "\nfilter: " + filter));
                return;
            }
            long last = rows.get(rows.size() - 1).id();
            long offset = done;
            // A row deleted under the export since its page was read: count the next page from the start instead.
            rows = pageNextTo(filter, sort, last, true, false, pageSize)
                    .orElseGet(() -> page(filter, sort, (int) offset, pageSize));
        }
    }

    private static Map<Long, String> services(Session session, List<Long> bookingIds) {
        Map<Long, String> result = new HashMap<>();
        if (bookingIds.isEmpty()) {
            return result;
        }
        session.createSelectionQuery("select b.id, s.title from Booking b join b.services s where b.id in :ids"
                        + " order by b.id, s.lineNo", Object[].class)
                .setParameter("ids", bookingIds)
                .getResultList()
                .forEach(row -> result.merge((Long) row[0], (String) row[1], (a, b) -> a + ", " + b));
        return result;
    }

    /** The where clause of a filter, with its parameters. */
    private record Where(String clause, Map<String, Object> parameters) {

        void bind(SelectionQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }

    private static Where where(RequestFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.branchId() != null) {
            conditions.add("b.branchId = :branch");
            parameters.put("branch", filter.branchId());
        }
        if (filter.masterId() != null) {
            conditions.add("b.masterId = :employee");
            parameters.put("employee", filter.masterId());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("b.status in :statuses");
            parameters.put("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.from() != null) {
            conditions.add("b.date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("b.date <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.search() != null) {
            conditions.add(search(filter.search(), parameters));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** Name (any part), phone (digits in any format, 8… read as +7…) or the booking's number. */
    private static String search(String text, Map<String, Object> parameters) {
        List<String> clients = new ArrayList<>();
        clients.add("lower(concat(c.name, ' ', coalesce(c.surname, ''))) like :name" + LikeText.ESCAPE);
        parameters.put("name", "%" + LikeText.literal(text.toLowerCase(Locale.ROOT)) + "%");
        String digits = text.replaceAll("\\D", "");
        if (digits.length() >= 3) {
            clients.add("c.phone like :phone");
            parameters.put("phone", "%" + digits + "%");
            // A number typed the Russian way, 8 916 …, is +7 916 … however much of it is typed.
            if (digits.startsWith("8")) {
                clients.add("c.phone like :national");
                parameters.put("national", "+7" + digits.substring(1) + "%");
            }
        }
        String condition = "b.clientId in (select c.id from Client c where " + String.join(" or ", clients) + ")";
        if (text.matches("№?\\s*\\d{1,18}")) {
            condition += " or b.number = :number";
            parameters.put("number", Long.parseLong(text.replaceAll("\\D", "")));
        }
        return "(" + condition + ")";
    }
}
