package org.salondesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A database on the engine under test filled as a salon's desk would have filled it up to an older schema version:
 * each schema version is migrated to in turn, and after it the fixture {@code db/fixtures/V<version>.sql} (if there is
 * one) adds the data that version could first hold, in plain SQL of that version. A migration that leaves the shape
 * of the data alone needs no fixture; later migrations carry the earlier fixtures' rows along as they would a salon's.
 */
public final class FilledDatabase {

    private static final String FIXTURES = "db/fixtures/V";

    private FilledDatabase() {
    }

    /** Every schema version the migrations of the engine under test know, oldest first. */
    public static List<MigrationVersion> versions() {
        return versions(TestDatabases.emptyUrl());
    }

    private static List<MigrationVersion> versions(String url) {
        List<MigrationVersion> versions = new ArrayList<>();
        for (MigrationInfo migration : TestDatabases.flyway(url).load().info().all()) {
            if (migration.getVersion() != null && !versions.contains(migration.getVersion())) {
                versions.add(migration.getVersion());
            }
        }
        return versions;
    }

    /** A new database at schema {@code version}, holding the fixtures of that version and of every earlier one. */
    public static String at(MigrationVersion version) {
        String url = TestDatabases.emptyUrl();
        for (MigrationVersion step : versions(url)) {
            if (step.isNewerThan(version.getVersion())) {
                break;
            }
            TestDatabases.flyway(url).target(step).load().migrate();
            String script = fixture(step);
            if (script != null) {
                run(url, script, step);
            }
        }
        return url;
    }

    private static String fixture(MigrationVersion version) {
        try (InputStream in = FilledDatabase.class.getClassLoader()
                .getResourceAsStream(FIXTURES + version.getVersion() + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String url, String script, MigrationVersion version) {
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                for (String statement : statements(script)) {
                    try {
                        sql.execute(statement);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Fixture V" + version + " failed at: " + statement, e);
                    }
                }
            }
            moveIdentitiesPastFixtures(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture V" + version + " failed", e);
        }
    }

    /**
     * The fixtures give their rows ids of their own, which a generated identity does not count; as on a desk's
     * database, the next row the desk adds must get a new id.
     */
    private static void moveIdentitiesPastFixtures(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE LOWER(table_schema) = 'public' AND is_identity = 'YES'")) {
            while (rows.next()) {
                identities.add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String[] identity : identities) {
                long next;
                try (ResultSet max = sql.executeQuery(
                        "SELECT COALESCE(MAX(" + identity[1] + "), 0) + 1 FROM " + identity[0])) {
                    max.next();
                    next = max.getLong(1);
                }
                sql.execute("ALTER TABLE " + identity[0] + " ALTER COLUMN " + identity[1] + " RESTART WITH " + next);
            }
        }
    }

    /** The statements of a fixture: whole-line comments dropped, each statement ending with ';' at a line's end. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (current.isEmpty() && (line.isBlank() || line.strip().startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("A fixture statement does not end with ';': " + current);
        }
        return statements;
    }
}
