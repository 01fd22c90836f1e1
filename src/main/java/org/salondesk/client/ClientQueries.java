package org.salondesk.client;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.salondesk.availability.BookingStatus;
import org.salondesk.persistence.Database;

/**
 * Reading clients: the search as the desk types (name, surname, email, or any part of the phone in any format), a
 * page at a time in the database, and the client card with her history and figures.
 */
final class ClientQueries {

    private static final String ROW = "select c.id, c.name, c.surname, c.phone, c.email, c.blocked, c.blockedReason,"
            + " c.tags, c.linkedToId, c.responsibleStaffId, s.displayName from Client c"
            + " left join StaffUser s on s.id = c.responsibleStaffId";

    /** The card lists this many of her latest bookings; its figures count all of them. */
    static final int HISTORY_SHOWN = 500;

    private final Database database;
    private final Clock clock;
    private final ClientSearch search;

    ClientQueries(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.search = new ClientSearch(database, ClientSearch.FEW);
    }

    List<ClientRow> search(String text, int offset, int limit) {
        return search.page(text, offset, limit);
    }

    long count(String text) {
        return search.count(text);
    }

    ClientRow row(long clientId) {
        return database.fromTransaction(session -> row(session, clientId));
    }

    static ClientRow row(Session session, long clientId) {
        ClientService.existing(session, clientId);
        return row(session.createSelectionQuery(ROW + " where c.id = :id", Object[].class)
                .setParameter("id", clientId).getSingleResult());
    }

    ClientCard card(long clientId) {
        LocalDate today = LocalDate.now(clock);
        return database.fromTransaction(session -> {
            Client client = ClientService.existing(session, clientId);
            List<ClientRow> linked = linked(session, client);
            List<ClientVisit> history = history(session, clientId);
            Figures figures = figures(session, clientId);
            Integer limit = suggestBlockAfter(session);
            return new ClientCard(row(session, clientId), client.getNote(), client.isUnsubscribed(), linked, history,
                    figures.spent(), figures.visits(), figures.noShows(), figures.lastVisit() == null ? null
                    : ChronoUnit.DAYS.between(figures.lastVisit(), today), figures.favouriteMaster(),
                    limit != null && figures.noShows() >= limit && !client.isBlocked());
        });
    }

    /**
     * Her family: the client she is linked to and those linked to her, by id. Two lookups, not one OR: H2 answered
     * the OR of the two columns by reading every client (a second a card on a chain).
     */
    private static List<ClientRow> linked(Session session, Client client) {
        List<Object[]> rows = new ArrayList<>(session.createSelectionQuery(ROW + " where c.linkedToId = :id"
                + " and c.mergedIntoId is null", Object[].class).setParameter("id", client.getId()).getResultList());
        if (client.getLinkedToId() != null) {
            rows.addAll(session.createSelectionQuery(ROW + " where c.id = :parent and c.mergedIntoId is null",
                    Object[].class).setParameter("parent", client.getLinkedToId()).getResultList());
        }
        // A parent linked back to her is found both ways; she is listed once.
        Map<Long, ClientRow> byId = new TreeMap<>();
        rows.stream().map(ClientQueries::row).forEach(row -> byId.putIfAbsent(row.id(), row));
        return List.copyOf(byId.values());
    }

    /** The card's figures, counted over all her bookings (the history shows only the latest ones). */
    private record Figures(BigDecimal spent, int visits, int noShows, LocalDate lastVisit, String favouriteMaster) {
    }

    private static Figures figures(Session session, long clientId) {
        return Database.withConnection(session, connection -> {
            BigDecimal spent;
            int visits;
            int noShows;
            java.sql.Date last;
            try (PreparedStatement query = connection.prepareStatement("select"
                    + " coalesce(sum(case when status = 'COMPLETED' then total_cost end), 0),"
                    + " count(case when status = 'COMPLETED' then 1 end),"
                    + " count(case when status = 'NO_SHOW' then 1 end),"
                    + " max(case when status = 'COMPLETED' then booking_date end)"
                    + " from booking where client_id = ?")) {
                query.setLong(1, clientId);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    spent = result.getBigDecimal(1);
                    visits = result.getInt(2);
                    noShows = result.getInt(3);
                    last = result.getDate(4);
                }
            }
            String favourite = null;
            try (PreparedStatement query = connection.prepareStatement("select e.name from booking b"
                    + " join employee e on e.id = b.employee_id where b.client_id = ? and b.status = 'COMPLETED'"
                    + " group by e.id, e.name order by count(*) desc, e.name")) {
                query.setLong(1, clientId);
                query.setMaxRows(1);
                try (ResultSet result = query.executeQuery()) {
                    if (result.next()) {
                        favourite = result.getString(1);
                    }
                }
            }
            return new Figures(spent, visits, noShows, last == null ? null : last.toLocalDate(), favourite);
        });
    }

    /** Her no-shows when they reach the strictest limit of the active branches; empty otherwise. */
    Optional<Integer> noShowWarning(long clientId) {
        return database.fromTransaction(session -> noShowWarning(session, clientId, suggestBlockAfter(session)));
    }

    /** Her no-shows when they reach the limit of the branch she is being booked in; empty otherwise. */
    Optional<Integer> noShowWarning(long clientId, Integer branchLimit) {
        return database.fromTransaction(session -> noShowWarning(session, clientId, branchLimit));
    }

    private static Optional<Integer> noShowWarning(Session session, long clientId, Integer limit) {
        if (limit == null) {
            return Optional.empty();
        }
        long noShows = session.createSelectionQuery("select count(b) from Booking b where b.clientId = :id"
                + " and b.status = :status", Long.class).setParameter("id", clientId)
                .setParameter("status", BookingStatus.NO_SHOW).getSingleResult();
        return noShows >= limit ? Optional.of((int) noShows) : Optional.empty();
    }

    /** The strictest limit an active branch set (clients are the salon's, not one branch's); null when none did. */
    private static Integer suggestBlockAfter(Session session) {
        return Database.withConnection(session, connection -> {
            try (var query = connection.prepareStatement("select min(suggest_block_after_no_shows) from branch"
                    + " where active = true");
                 var result = query.executeQuery()) {
                result.next();
                int value = result.getInt(1);
                return result.wasNull() ? null : value;
            }
        });
    }

    /** Her bookings: upcoming ones first (soonest first), then the past (latest first). */
    private List<ClientVisit> history(Session session, long clientId) {
        List<Object[]> rows = session.createSelectionQuery("select b.id, b.number, b.date, b.startTime, e.name,"
                        + " b.totalCost, b.status from Booking b join Master e on e.id = b.masterId"
                        + " where b.clientId = :id order by b.date desc, b.startTime desc", Object[].class)
                .setParameter("id", clientId).setMaxResults(HISTORY_SHOWN).getResultList();
        Map<Long, String> services = services(session, rows.stream().map(row -> (Long) row[0]).toList());
        LocalDate today = LocalDate.now(clock);
        List<ClientVisit> upcoming = new ArrayList<>();
        List<ClientVisit> past = new ArrayList<>();
        for (Object[] row : rows) {
            ClientVisit visit = new ClientVisit((Long) row[0], (Long) row[1], (LocalDate) row[2],
                    (LocalTime) row[3], (String) row[4], services.getOrDefault((Long) row[0], ""),
                    (BigDecimal) row[5], (BookingStatus) row[6]);
            (visit.date().isBefore(today) ? past : upcoming).add(visit);
        }
        upcoming.sort(Comparator.comparing(ClientVisit::date).thenComparing(ClientVisit::time));
        upcoming.addAll(past);
        return upcoming;
    }

    private static Map<Long, String> services(Session session, List<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        return session.createSelectionQuery("select b.id, l.title from Booking b join b.services l"
                        + " where b.id in :ids order by b.id, l.lineNo", Object[].class)
                .setParameter("ids", bookingIds).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.joining(", "))));
    }

    private static ClientRow row(Object[] row) {
        return new ClientRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (Boolean) row[5], (String) row[6], (String) row[7], (Long) row[8], (Long) row[9], (String) row[10]);
    }
}
