package org.salondesk.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;

/**
 * Fresh databases for tests on the engine under test: {@code -Dsalondesk.engine=h2} (the default; in memory, or an H2
 * file where the test needs a real file) or {@code postgresql} (a database on {@link TestPostgres}'s server). The
 * build runs the service tests once on each.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** Whether this run is on PostgreSQL rather than H2. */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("salondesk.engine", "h2").toLowerCase(Locale.ROOT));
    }

    /** A new, empty database on the engine under test. */
    public static String freshUrl() {
        return onPostgres() ? TestPostgres.freshUrl() : memoryUrl();
    }

    /** A new database with no schema yet, on the engine under test, for tests that migrate it step by step. */
    public static String emptyUrl() {
        return onPostgres() ? TestPostgres.emptyUrl() : memoryUrl();
    }

    /** A plain JDBC connection to {@code url} with the user and password the desk would use. */
    public static Connection connect(String url) throws SQLException {
        JdbcUrl parsed = JdbcUrl.of(url);
        return DriverManager.getConnection(url, parsed.user().orElse(null), parsed.password().orElse(""));
    }

    /** Flyway on {@code url} with the desk's migrations of this engine, to migrate step by step. */
    public static FluentConfiguration flyway(String url) {
        JdbcUrl parsed = JdbcUrl.of(url);
        return Flyway.configure().dataSource(url, parsed.user().orElse(null), parsed.password().orElse(""))
                .locations("classpath:db/migration", "classpath:db/engine/" + parsed.engine());
    }

    /**
     * A database that several desks (threads or processes) and a reopened desk share: an H2 file in {@code folder},
     * or the PostgreSQL database named after it.
     */
    public static String sharedUrl(Path folder) {
        if (onPostgres()) {
            return TestPostgres.namedUrl("shared_" + Integer.toHexString(folder.toAbsolutePath().toString().hashCode()));
        }
        return fileUrl(folder);
    }

    /** {@code url} with a lock timeout of {@code millis}, in the engine's own way of saying it. */
    public static String withLockTimeout(String url, int millis) {
        return onPostgres() ? url + "&options=-c%20lock_timeout%3D" + millis : url + ";LOCK_TIMEOUT=" + millis;
    }

    /** An H2 in-memory database, for tests about H2 itself. */
    public static String memoryUrl() {
        return "jdbc:h2:mem:salondesk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** An H2 file database in {@code folder}, for tests about H2 itself. */
    public static String fileUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("salondesk").toAbsolutePath().toString().replace('\\', '/');
    }

    /**
     * A desk on a fresh database whose mapping Hibernate validates against the migrated schema. On H2 the database
     * lives only while the desk has it open: no other desk reaches it, and a whole run's worth of databases kept to
     * the end took more than the tests' heap.
     */
    public static SalonDesk freshDesk(Clock clock) {
        String url = onPostgres() ? TestPostgres.freshUrl() : "jdbc:h2:mem:salondesk-" + UUID.randomUUID();
        return SalonDesk.open(JdbcUrl.of(url), clock, true);
    }
}
