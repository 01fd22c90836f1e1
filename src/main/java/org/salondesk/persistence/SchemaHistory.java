package org.salondesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cheap look at the schema before Flyway is asked: the versions in Flyway's history table against the migrations
 * this build ships. Only when every shipped migration is applied, none failed and the history holds nothing else is
 * the schema current, and Flyway (whose class loading, scan and validation take a good part of a start-up) is not
 * run at all; in any other case, or when the build's migrations cannot be listed, Flyway migrates and reports as ever.
 */
final class SchemaHistory {

    static final String TABLE = "flyway_schema_history";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaHistory.class);

    private SchemaHistory() {
    }

    /**
     * Brings the schema to this build's version. When the history already holds exactly this build's migrations,
     * all successful, Flyway is not asked (see the cheap look above); otherwise Flyway copies (see {@link Backups}),
     * migrates and reports a failed or unknown migration as ever.
     */
    static void bringUpToDate(DataSource dataSource, JdbcUrl url) {
        boolean current;
        try (Connection connection = dataSource.getConnection()) {
            current = current(connection, shipped(SchemaHistory.class.getClassLoader(),
                    locations(url)));
        } catch (SQLException e) {
            current = false;
        }
        if (current) {
            return;
        }
        Flyway flyway = Database.flyway(dataSource, url);
        Backups.beforeMigration(url, dataSource, flyway, Clock.systemDefaultZone());
        MigrateResult migration = flyway.migrate();
        if (migration.migrationsExecuted > 0) {
            LOG.info("Database schema migrated to version {} ({} migrations)", migration.targetSchemaVersion,
                    migration.migrationsExecuted);
        }
    }

    /** The class-path folders of the schema's migrations: the common ones and the engine's own. */
    static List<String> locations(JdbcUrl url) {
        return List.of("db/migration", "db/engine/" + url.engine());
    }

    /** The versions of the migrations in these classpath folders (e.g. {@code db/migration}); empty if unknowable. */
    static Optional<Set<String>> shipped(ClassLoader loader, List<String> folders) {
        Set<String> versions = new HashSet<>();
        try {
            for (String folder : folders) {
                Enumeration<URL> places = loader.getResources(folder);
                while (places.hasMoreElements()) {
                    if (!names(places.nextElement(), folder, versions)) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(versions);
    }

    // Adds the versions of the migrations at one place of the class path; false for a place it cannot list.
    private static boolean names(URL place, String folder, Set<String> versions) throws IOException,
            URISyntaxException {
        if ("file".equals(place.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(place.toURI()))) {
                files.forEach(file -> add(file.getFileName().toString(), versions));
            }
            return true;
        }
        if ("jar".equals(place.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) place.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        add(name.substring(prefix.length()), versions);
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static void add(String fileName, Set<String> versions) {
        Matcher matcher = VERSIONED.matcher(fileName);
        if (matcher.matches()) {
            versions.add(normal(matcher.group(1)));
        } else if (fileName.startsWith("R__") || fileName.startsWith("U")) {
            // Repeatable and undo migrations are Flyway's to judge (a changed checksum runs one again).
            versions.add("?" + fileName);
        }
    }

    /** Flyway writes {@code V1_2} as version {@code 1.2}; trailing zeros aside, that is how versions are compared. */
    static String normal(String version) {
        return version.replace('_', '.');
    }

    /**
     * True when the schema already holds every one of {@code shipped} and nothing else, all applied successfully:
     * Flyway would find nothing to do. False when the history is missing, any migration failed, one is pending, the
     * database is newer than this build, or the build's list was unknowable.
     */
    static boolean current(Connection connection, Optional<Set<String>> shipped) throws SQLException {
        if (shipped.isEmpty() || shipped.get().isEmpty()
                || shipped.get().stream().anyMatch(version -> version.startsWith("?"))) {
            return false;
        }
        if (!historyExists(connection)) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select \"version\", \"success\", \"type\" from \""
                     + TABLE + "\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                boolean success = rows.getBoolean(2);
                String type = rows.getString(3);
                if (!success) {
                    return false;
                }
                if (version == null) {
                    // Flyway's own marker rows (the table, the schema) say nothing of migrations; a repeatable one
                    // is Flyway's to judge.
                    if ("SQL".equals(type) || "JDBC".equals(type)) {
                        return false;
                    }
                    continue;
                }
                if (!"SQL".equals(type)) {
                    // A baseline or a Java migration: Flyway knows what these mean.
                    return false;
                }
                applied.add(normal(version));
            }
        }
        return applied.equals(shipped.get());
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(TABLE, TABLE.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
