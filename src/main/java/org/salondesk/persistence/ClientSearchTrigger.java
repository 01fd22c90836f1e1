package org.salondesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.h2.tools.TriggerAdapter;

/**
 * The client search's index on H2 (decision 0016): every client's search terms in {@code client_search_term}, whose
 * primary key starts with the term, so that "contains" becomes "some term starts with" and H2 answers it from an
 * index range instead of reading every client. A client's terms: {@code p} and each tail (3 digits or more) of her
 * phone's digits; {@code t} and her name, her surname (lower case, whole: they are matched from their start) and each
 * tail of her email (lower case); a merged record has none (V15). H2 calls this trigger inside the statement that
 * writes a client, so the terms change in that transaction, whoever wrote the row.
 * <p>
 * H2 loads this class by name whenever it opens the file (migration V13 names it): it keeps its name and package and
 * imports nothing but the JDK and H2.
 */
public final class ClientSearchTrigger extends TriggerAdapter {

    /** A phone term: what follows is a tail of the phone's digits. */
    public static final String PHONE = "p";
    /** A text term: what follows is a name, a surname or a tail of an email, in lower case. */
    public static final String TEXT = "t";
    /** The shortest phone tail kept: the search looks for a phone from 3 digits on. */
    private static final int SHORTEST_DIGITS = 3;

    private static final String DELETE = "delete from client_search_term where client_id = ?";
    private static final String INSERT = "insert into client_search_term (term, client_id) values (?, ?)";

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        Set<String> before = oldRow == null ? Set.of() : terms(oldRow);
        Set<String> after = newRow == null ? Set.of() : terms(newRow);
        if (before.equals(after) && oldRow != null && newRow != null
                && oldRow.getLong("ID") == newRow.getLong("ID")) {
            // A note, a block, a tag: nothing the search reads changed.
            return;
        }
        if (oldRow != null) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setLong(1, oldRow.getLong("ID"));
                delete.executeUpdate();
            }
        }
        if (newRow != null) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                add(insert, newRow.getLong("ID"), after);
                insert.executeBatch();
            }
        }
    }

    /** Migration V13: the terms of every client there is, before the trigger exists. */
    public static void fillAll(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "select id, name, surname, phone, email, merged_into_id from client");
             ResultSet rows = read.executeQuery();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batched = 0;
            while (rows.next()) {
                add(insert, rows.getLong("ID"), terms(rows));
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long clientId, Set<String> terms) throws SQLException {
        for (String term : terms) {
            insert.setString(1, term);
            insert.setLong(2, clientId);
            insert.addBatch();
        }
    }

    /** The terms of one client row; none for a merged record, which is never found (V15). */
    static Set<String> terms(ResultSet row) throws SQLException {
        Set<String> terms = new LinkedHashSet<>();
        row.getLong("MERGED_INTO_ID");
        if (!row.wasNull()) {
            return terms;
        }
        String phone = row.getString("PHONE");
        if (phone != null) {
            String digits = phone.replaceAll("\\D", "");
            for (int from = 0; from <= digits.length() - SHORTEST_DIGITS; from++) {
                terms.add(PHONE + digits.substring(from));
            }
        }
        for (String column : new String[] {"NAME", "SURNAME"}) {
            String value = row.getString(column);
            if (value != null && !value.isEmpty()) {
                terms.add(TEXT + value.toLowerCase(Locale.ROOT));
            }
        }
        String email = row.getString("EMAIL");
        if (email != null) {
            String lower = email.toLowerCase(Locale.ROOT);
            for (int from = 0; from < lower.length(); from++) {
                terms.add(TEXT + lower.substring(from));
            }
        }
        return terms;
    }
}
