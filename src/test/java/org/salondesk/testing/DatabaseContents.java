package org.salondesk.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a database holds, as text: equal before and after a refused call means not one row was written and no
 * id was used up. H2 says it all in its SCRIPT; on PostgreSQL every table's rows (sorted) and every sequence's value.
 */
public final class DatabaseContents {

    private DatabaseContents() {
    }

    public static String of(Connection connection) throws SQLException {
        return TestDatabases.onPostgres() ? postgres(connection) : lines(connection, "SCRIPT");
    }

    private static String postgres(Connection connection) throws SQLException {
        StringBuilder all = new StringBuilder(lines(connection,
                "select sequencename || '=' || coalesce(last_value, 0) from pg_sequences order by 1"));
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        for (String table : tables.stream().sorted().toList()) {
            all.append(table).append(":\n")
                    .append(lines(connection, "select t::text from " + table + " t order by 1"));
        }
        return all.toString();
    }

    private static String lines(Connection connection, String query) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        return text.toString();
    }
}
