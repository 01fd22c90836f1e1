package org.salondesk.client;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.salondesk.availability.BookingStatus;
import org.salondesk.persistence.ClientSearchTrigger;
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
    /** H2 searches its table of terms (V13); PostgreSQL the columns themselves, through trigram indexes. */
    private final boolean termTable;

    ClientQueries(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.termTable = database.url().isH2();
    }

    // The search reads plain SQL: on H2 it reads the terms table (V13), which no entity maps.
    private static final String SEARCH_ROW = "select c.id, c.name, c.surname, c.phone, c.email, c.blocked,"
            + " c.blocked_reason, c.tags, c.linked_to_id, c.responsible_staff_id, s.display_name from client c"
            + " left join staff_user s on s.id = c.responsible_staff_id";

    List<ClientRow> search(String text, int offset, int limit) {
        Search search = Search.of(text, termTable);
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SEARCH_ROW + " where " + search.where()
                    + " order by " + order(search) + " offset ? rows fetch next ? rows only")) {
                int next = search.bind(query);
                query.setInt(next, Math.max(0, offset));
                query.setInt(next + 1, limit);
                List<ClientRow> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        long operator = result.getLong(10);
                        Long operatorId = result.wasNull() ? null : operator;
                        long linked = result.getLong(9);
                        Long linkedToId = result.wasNull() ? null : linked;
                        rows.add(new ClientRow(result.getLong(1), result.getString(2), result.getString(3),
                                result.getString(4), result.getString(5), result.getBoolean(6), result.getString(7),
                                result.getString(8), linkedToId, operatorId, result.getString(11)));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * The list's order. Found by trigram indexes (PostgreSQL), the matches are sorted: the key then sorts as an
     * expression, the same order, so that the planner does not walk the whole sort index looking for a rare surname.
     */
    private String order(Search search) {
        return termTable || search.parameters().isEmpty() ? "c.surname_key, c.name_key, c.id"
                : "c.surname_key || '', c.name_key, c.id";
    }

    long count(String text) {
        Search search = Search.of(text, termTable);
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select count(*) from client c where "
                    + search.where())) {
                search.bind(query);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
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
            List<ClientRow> linked = session.createSelectionQuery(ROW + " where (c.id = :parent or c.linkedToId = :id)"
                            + " and c.mergedIntoId is null order by c.id", Object[].class)
                    .setParameter("parent", client.getLinkedToId() == null ? -1L : client.getLinkedToId())
                    .setParameter("id", clientId).getResultList().stream().map(ClientQueries::row).toList();
            List<ClientVisit> history = history(session, clientId);
            Figures figures = figures(session, clientId);
            Integer limit = suggestBlockAfter(session);
            return new ClientCard(row(session, clientId), client.getNote(), client.isUnsubscribed(), linked, history,
                    figures.spent(), figures.visits(), figures.noShows(), figures.lastVisit() == null ? null
                    : ChronoUnit.DAYS.between(figures.lastVisit(), today), figures.favouriteMaster(),
                    limit != null && figures.noShows() >= limit && !client.isBlocked());
        });
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

    /**
     * What was typed, as a condition: a phone when it is mostly digits (8… read as +7…, any part matches), else
     * every word must start a name or surname or be in the email. Merged records are never found. On H2 the same
     * condition reads the terms table (decision 0016): a phone tail, or a name, surname or email tail, that starts
     * with what was typed; on PostgreSQL trigram indexes serve the LIKEs themselves.
     */
    private record Search(String where, List<String> parameters) {

        private static final String TERMS = "c.id in (select t.client_id from client_search_term t where t.term like ?)";

        static Search of(String text, boolean termTable) {
            String typed = text == null ? "" : text.strip();
            String digits = typed.replaceAll("\\D", "");
            StringBuilder where = new StringBuilder("c.merged_into_id is null");
            List<String> parameters = new ArrayList<>();
            if (digits.length() >= 3 && typed.matches("[\\d\\s()+\\-.]+")) {
                // Russians type 8 for +7: "8 916 123" is also looked for as "7916123"; "895" may be a middle part.
                String national = typed.startsWith("8") ? "7" + digits.substring(1) : digits;
                if (termTable) {
                    where.append(" and (" + TERMS + " or " + TERMS + ")");
                    parameters.addAll(List.of(ClientSearchTrigger.PHONE + digits + "%",
                            ClientSearchTrigger.PHONE + national + "%"));
                } else {
                    where.append(" and (c.phone like ? or c.phone like ?)");
                    parameters.addAll(List.of("%" + digits + "%", "%" + national + "%"));
                }
                return new Search(where.toString(), parameters);
            }
            for (String word : typed.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (termTable) {
                    where.append(" and ").append(TERMS);
                    parameters.add(ClientSearchTrigger.TEXT + escape(word) + "%");
                } else {
                    where.append(" and (c.name_key like ? or c.surname_key like ? or lower(c.email) like ?)");
                    parameters.addAll(List.of(escape(word) + "%", escape(word) + "%", "%" + escape(word) + "%"));
                }
            }
            return new Search(where.toString(), parameters);
        }

        private static String escape(String word) {
            return word.replace("%", "").replace("_", "");
        }

        /** Binds the parameters from the first; returns the index of the next one. */
        int bind(PreparedStatement query) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            return parameters.size() + 1;
        }
    }
}
