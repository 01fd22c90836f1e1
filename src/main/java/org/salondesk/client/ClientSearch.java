package org.salondesk.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.salondesk.persistence.ClientSearchTrigger;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.LikeText;

/**
 * The clients search as the desk types, a page at a time, and its count, from the table of search terms on both
 * engines (decision 0022): what was typed becomes conditions, each "some term of hers starts with one of these".
 * <p>
 * The page's plan is chosen here, not by the database, from how many terms each condition matches (counted up to
 * {@link #SET}): when one matches few, the clients of the few and middling ones are read from their index ranges,
 * intersected and sorted; when none does, the page walks the list's order checking each client's own terms, so it
 * stops after about a page of matches. Left to themselves H2 ran the terms subquery again for every client (26 s per
 * search on a chain) and PostgreSQL walked the whole order for a rare surname. The count intersects every
 * condition's clients.
 */
final class ClientSearch {

    /** Up to this many terms, a condition's clients are read and sorted; beyond it the list's order is walked. */
    static final int FEW = 3_000;
    /**
     * Up to this many terms, a further condition's clients are read and intersected with the few ones rather than
     * checked client by client (on H2 a check costs as much as reading some thirty entries of a range).
     */
    static final int SET = 20_000;

    private static final String COLUMNS = "select c.id, c.name, c.surname, c.phone, c.email, c.blocked,"
            + " c.blocked_reason, c.tags, c.linked_to_id, c.responsible_staff_id, s.display_name";
    private static final String STAFF = " left join staff_user s on s.id = c.responsible_staff_id";
    private static final String ORDER = " order by c.surname_key, c.name_key, c.id"
            + " offset ? rows fetch next ? rows only";

    private final Database database;
    private final boolean h2;
    private final int few;

    ClientSearch(Database database, int few) {
        this.database = database;
        this.h2 = database.url().isH2();
        this.few = few;
    }

    List<ClientRow> page(String text, int offset, int limit) {
        List<List<String>> conditions = conditions(text);
        return database.withConnection(connection -> {
            long[] terms = terms(connection, conditions);
            boolean anyFew = Arrays.stream(terms).anyMatch(count -> count < few);
            List<String> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder(COLUMNS);
            List<Boolean> read = new ArrayList<>();
            for (long count : terms) {
                read.add(anyFew && count < Math.max(few, SET));
            }
            if (!anyFew) {
                // H2 would take the index of merged_into_id for "is null" and sort every client.
                sql.append(" from client c").append(h2 ? " use index (ix_client_sort_key)" : "").append(STAFF)
                        .append(" where c.merged_into_id is null");
            } else {
                // From her terms to her row by its key, never the other way: a left join keeps that order on H2; on
                // PostgreSQL a lateral subquery does, which would otherwise read every client to hash a few thousand.
                sql.append(" from (").append(readClients(conditions, read, parameters)).append(") m")
                        .append(h2 ? " left join client c on c.id = m.client_id"
                                : " cross join lateral (select * from client c where c.id = m.client_id offset 0) c")
                        .append(STAFF).append(" where 1 = 1");
            }
            for (int i = 0; i < conditions.size(); i++) {
                if (!read.get(i)) {
                    sql.append(" and ").append(hers("c.id", conditions.get(i), parameters));
                }
            }
            sql.append(ORDER);
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                int next = bind(query, parameters);
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

    long count(String text) {
        List<List<String>> conditions = conditions(text);
        return database.withConnection(connection -> {
            List<String> parameters = new ArrayList<>();
            String sql;
            if (conditions.isEmpty()) {
                // H2 knows its row count; merged records are few and found by their index, not by reading everyone.
                sql = h2 ? "select (select count(*) from client)"
                        + " - (select count(*) from client where merged_into_id > 0)"
                        : "select count(*) from client c where c.merged_into_id is null";
            } else {
                // Each condition's clients from its index range, intersected: a few thousand entries read a second.
                List<String> sets = new ArrayList<>();
                for (List<String> condition : conditions) {
                    sets.add(clients(condition, parameters));
                }
                // One range: counted as it is read (PostgreSQL hashed the distinct ids first, three times slower).
                sql = sets.size() == 1 && conditions.get(0).size() == 1
                        ? sets.get(0).replace("select distinct t.client_id", "select count(distinct t.client_id)")
                        : "select count(*) from (" + intersect(sets) + ") m";
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bind(query, parameters);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    /** How many terms each condition matches, counted up to {@link #SET} (or {@link #few} if more). */
    private long[] terms(Connection connection, List<List<String>> conditions) throws SQLException {
        if (conditions.isEmpty()) {
            return new long[0];
        }
        List<String> probes = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (List<String> condition : conditions) {
            List<String> each = new ArrayList<>();
            for (String prefix : condition) {
                each.add("(select count(*) from (select 1 as found from client_search_term t where "
                        + startsWith(prefix, parameters) + " fetch first " + Math.max(few, SET) + " rows only) p)");
            }
            probes.add(String.join(" + ", each));
        }
        try (PreparedStatement query = connection.prepareStatement("select " + String.join(", ", probes))) {
            bind(query, parameters);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                long[] terms = new long[conditions.size()];
                for (int i = 0; i < terms.length; i++) {
                    terms[i] = result.getLong(i + 1);
                }
                return terms;
            }
        }
    }

    /** The clients every condition to read matches: H2 checks a set far faster than it runs a subquery per client. */
    private static String readClients(List<List<String>> conditions, List<Boolean> read, List<String> parameters) {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            if (read.get(i)) {
                sets.add(clients(conditions.get(i), parameters));
            }
        }
        return intersect(sets);
    }

    /** The clients in every one of the sets (each in brackets: a set may be a union). */
    private static String intersect(List<String> sets) {
        return sets.size() == 1 ? sets.get(0) : "(" + String.join(") intersect (", sets) + ")";
    }

    /** The ids of the clients with a term matching the condition, each once. */
    private static String clients(List<String> condition, List<String> parameters) {
        List<String> selects = new ArrayList<>();
        for (String prefix : condition) {
            selects.add("select t.client_id from client_search_term t where " + startsWith(prefix, parameters));
        }
        return selects.size() == 1 ? selects.get(0).replace("select t.client_id", "select distinct t.client_id")
                : String.join(" union ", selects);
    }

    /**
     * Whether the client {@code id} names has a term matching the condition, from her own terms. PostgreSQL must not
     * turn it into a join (OFFSET 0 keeps it a check per client); H2 must read her terms, not the term's range.
     */
    private String hers(String id, List<String> condition, List<String> parameters) {
        List<String> likes = new ArrayList<>();
        for (String prefix : condition) {
            likes.add(startsWith(prefix, parameters));
        }
        return "exists (select 1 from client_search_term t" + (h2 ? " use index (ix_client_search_term_client)" : "")
                + " where t.client_id = " + id + " and (" + String.join(" or ", likes) + ")"
                + (h2 ? "" : " offset 0") + ")";
    }

    /**
     * A term that starts with the prefix, as the index range it is: H2 reads no index for a LIKE whose pattern is a
     * parameter inside a subquery (it read all the terms, seconds a search), and PostgreSQL's estimate is better.
     */
    private static String startsWith(String prefix, List<String> parameters) {
        char last = prefix.charAt(prefix.length() - 1);
        if (Character.isSurrogate(last) || Character.isSurrogate((char) (last + 1))
                || last == Character.MAX_VALUE) {
            // No range for these: found all the same, only slower; what was typed is matched as itself.
            parameters.add(LikeText.literal(prefix) + "%");
            return "t.term like ?" + LikeText.ESCAPE;
        }
        // Both engines compare these terms by code (H2 has no collation, PostgreSQL's column is "C"): the terms from
        // the prefix up to the prefix with its last letter the next one are exactly those starting with it.
        parameters.addAll(List.of(prefix, prefix.substring(0, prefix.length() - 1) + (char) (last + 1)));
        return "(t.term >= ? and t.term < ?)";
    }

    private static int bind(PreparedStatement query, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            query.setString(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    /**
     * What was typed, as conditions on her terms (each a list of prefixes, any of which a term may start with): a
     * phone when it is phone characters with 3 digits or more (8… is also read as +7…, any part matches), else every
     * word must start her name or surname or be in her email.
     */
    static List<List<String>> conditions(String text) {
        String typed = text == null ? "" : text.strip();
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() >= 3 && typed.matches("[\\d\\s()+\\-.]+")) {
            // Russians type 8 for +7: "8 916 123" is also looked for as "7916123"; "895" may be a middle part.
            String national = typed.startsWith("8") ? "7" + digits.substring(1) : digits;
            Set<String> prefixes = new LinkedHashSet<>(List.of(ClientSearchTrigger.PHONE + digits,
                    ClientSearchTrigger.PHONE + national));
            return List.of(List.copyOf(prefixes));
        }
        List<List<String>> conditions = new ArrayList<>();
        for (String word : typed.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                // As typed: a % or _ is a letter of her name or email like any other (the terms keep them too).
                conditions.add(List.of(ClientSearchTrigger.TEXT + word));
            }
        }
        return conditions;
    }
}
