package org.salondesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.OptimisticLockException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.PessimisticLockException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open database: a connection pool, the schema migrated by Flyway, and Hibernate on top.
 * Hibernate never touches the schema; with {@code validateSchema} it checks the mapping against it.
 */
public final class Database implements AutoCloseable, DatabaseLink {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How long work waits for a connection to a database server before it says the server cannot be reached. */
    static final int SERVER_CONNECTION_TIMEOUT_MILLIS = 5_000;

    private final JdbcUrl url;
    private final HikariDataSource dataSource;
    private final boolean validateSchema;
    private final List<Class<?>> entities;
    private final CompletableFuture<SessionFactory> sessionFactory = new CompletableFuture<>();
    private final AtomicBoolean mappingStarted = new AtomicBoolean();
    private final List<Runnable> connectionLostListeners = new CopyOnWriteArrayList<>();
    // What joins Hibernate's mapping once it is built, before any work uses it (guarded by itself).
    private final List<Consumer<SessionFactory>> mappedSteps = new ArrayList<>();
    private SessionFactory mapped;

    private Database(JdbcUrl url, HikariDataSource dataSource, boolean validateSchema, List<Class<?>> entities) {
        this.url = url;
        this.dataSource = dataSource;
        this.validateSchema = validateSchema;
        this.entities = List.copyOf(entities);
    }

    /**
     * Opens the database at {@code url}, migrates it to the current schema (copying an embedded file first, see
     * {@link Backups}) and maps {@code entities}: each feature names its own (persistence knows none of them).
     */
    public static Database open(JdbcUrl url, boolean validateSchema, List<Class<?>> entities) {
        Database database = migrated(url, validateSchema, entities);
        try {
            database.sessionFactory();
        } catch (RuntimeException e) {
            database.dataSource.close();
            throw e;
        }
        return database;
    }

    /**
     * As {@link #open}, but hands the database back as soon as its schema is current: Hibernate is built on a thread
     * of its own when the first Hibernate work asks for it (which waits for it), while plain JDBC work (availability,
     * the calendar's day) runs at once. The desk's start-up uses this so that the calendar shows before the mapping
     * is built and does not share the processor with it (decision 0015).
     */
    public static Database openMappingLater(JdbcUrl url, List<Class<?>> entities) {
        return migrated(url, false, entities);
    }

    /**
     * Runs {@code step} on Hibernate's mapping before any work uses it: now when it is built already, else as soon
     * as it is (the audit trail's listener joins it so).
     */
    public void whenMapped(Consumer<SessionFactory> step) {
        synchronized (mappedSteps) {
            if (mapped != null) {
                step.accept(mapped);
            } else {
                mappedSteps.add(step);
            }
        }
    }

    /** Whether anything has asked for Hibernate yet (start-up keeps it for after the calendar, decision 0015). */
    @Override
    public boolean mappingStarted() {
        return mappingStarted.get();
    }

    // Builds Hibernate's mapping on a thread of its own, once.
    private void startMapping() {
        if (!mappingStarted.compareAndSet(false, true)) {
            return;
        }
        Thread builder = new Thread(() -> {
            try {
                SessionFactory built = hibernate(dataSource, validateSchema, entities);
                synchronized (mappedSteps) {
                    mappedSteps.forEach(step -> step.accept(built));
                    mapped = built;
                }
                sessionFactory.complete(built);
                LOG.info("Start-up: Hibernate SessionFactory built at {} ms", Uptime.millis());
            } catch (RuntimeException | Error e) {
                sessionFactory.completeExceptionally(e);
            }
        }, "salondesk-hibernate");
        builder.setDaemon(true);
        builder.start();
    }

    private static Database migrated(JdbcUrl url, boolean validateSchema, List<Class<?>> entities) {
        HikariDataSource dataSource = null;
        try {
            DatabasePassword.prepare(url);
            try {
                dataSource = DeskPool.open(url);
            } catch (RuntimeException refused) {
                // A file still on the empty password (an older SalonDesk's, an old copy put back): switched, opened.
                if (!DatabasePassword.switchFromEmpty(url, refused)) {
                    throw refused;
                }
                dataSource = DeskPool.open(url);
            }
            LOG.info("Start-up: pool open at {} ms", Uptime.millis());
            Backups.finishInterruptedRestore(url, dataSource);
            SchemaHistory.bringUpToDate(dataSource, url);
            LOG.info("Start-up: Flyway check/migrate done at {} ms", Uptime.millis());
            // H2 made its files (and a copy before migrating) with the process's umask: the salon's only.
            url.h2File().ifPresent(OwnerOnly::tightenDatabase);
            LOG.info("Database open: {}", url.display());
            return new Database(url, dataSource, validateSchema, entities);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            throw opening(e, url);
        }
    }

    private static SalonDeskException opening(RuntimeException e, JdbcUrl url) {
        return ConnectionProblems.atStart(e, url).orElseGet(() -> new SalonDeskException(ErrorCode.STORAGE, e,
                "error.storage.open", url.display(), rootMessage(e)));
    }

    /**
     * The schema's migrations: the common ones, written for both engines, and the few that must say a thing in the
     * engine's own SQL (the overlap guard, for one) from {@code db/engine/h2} or {@code db/engine/postgresql}.
     */
    public static Flyway flyway(DataSource dataSource, JdbcUrl url) {
        return Flyway.configure().dataSource(dataSource)
                .locations(SchemaHistory.locations(url).stream().map(folder -> "classpath:" + folder).toArray(String[]::new))
                .load();
    }

    /** The version of the schema the database is at (the last migration applied). */
    public String schemaVersion() {
        MigrationInfo current = flyway(dataSource, url).info().current();
        return current == null ? "-" : current.getVersion().getVersion();
    }

    private static SessionFactory hibernate(DataSource dataSource, boolean validateSchema,
                                            List<Class<?>> entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, validateSchema ? "validate" : "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * Runs {@code work} in one transaction and returns its result; any exception rolls everything back. A connection
     * lost on the way (the server stopped or the network is down) is refused with CONNECTION_LOST: the server rolls
     * back what the transaction had written.
     */
    public <T> T fromTransaction(Function<Session, T> work) {
        try {
            return withLostConnectionSaid(() -> {
                try {
                    return sessionFactory().fromTransaction(work);
                } catch (RuntimeException e) {
                    // Two overlapping bookings refused by the database itself: the refusal the desk's own check gives.
                    throw OverlapGuard.translate(e);
                }
            });
        } catch (OptimisticLockException | StaleStateException e) {
            throw new SalonDeskException(ErrorCode.CONCURRENT_CHANGE, e, "error.concurrentChange");
        } catch (PessimisticLockException e) {
            // Another desk held the master's row (or another locked row) longer than the lock timeout.
            throw new SalonDeskException(ErrorCode.CONCURRENT_CHANGE, e, "error.lockTimeout");
        } catch (DataException e) {
            // A value the schema cannot hold that no check caught: a coded error that keeps its cause for the log.
            throw new SalonDeskException(ErrorCode.STORAGE, e, "error.storage.query", rootMessage(e));
        }
    }

    public void inTransaction(Consumer<Session> work) {
        fromTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * Runs a change of the catalogue or the schedules in one transaction and raises the catalogue version with it,
     * so that every desk re-reads what availability keeps in memory.
     */
    public <T> T fromCatalogTransaction(Function<Session, T> work) {
        return fromTransaction(session -> {
            T result = work.apply(session);
            session.flush();
            raiseCatalogVersion(session);
            return result;
        });
    }

    public void inCatalogTransaction(Consumer<Session> work) {
        fromCatalogTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Raises the catalogue version inside the session's transaction (for writers that bypass the services). */
    public static void raiseCatalogVersion(Session session) {
        withConnection(session, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update catalog_version set version = version + 1 where id = 1")) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs plain JDBC on a pooled connection in auto-commit mode (the fast read path of availability). */
    public <T> T withConnection(SqlWork<T> work) {
        return withLostConnectionSaid(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw ConnectionProblems.lost(e, url).or(() -> OverlapGuard.refusal(e)).orElseGet(
                        () -> new SalonDeskException(ErrorCode.STORAGE, e, "error.storage.query", rootMessage(e)));
            }
        });
    }

    /** Throws CONNECTION_LOST unless the server answers now (a quick check on a pooled connection). */
    public void ping() {
        withConnection(connection -> {
            if (!connection.isValid(3)) {
                throw new SQLException("The database server did not answer", "08006");
            }
            return null;
        });
    }

    /**
     * {@code listener} runs (on the thread that noticed) each time work fails because the connection to the server
     * is lost, so that the desk can say so and try again.
     */
    public void whenConnectionLost(Runnable listener) {
        connectionLostListeners.add(listener);
    }

    private <T> T withLostConnectionSaid(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            SalonDeskException lost = ConnectionProblems.lost(e, url).orElse(null);
            if (lost == null) {
                throw e;
            }
            // Every pooled connection died with the server, not only this one: replace them all, since one used
            // in the last half second would otherwise be handed out again without being checked.
            if (dataSource.getHikariPoolMXBean() != null) {
                dataSource.getHikariPoolMXBean().softEvictConnections();
            }
            connectionLostListeners.forEach(Runnable::run);
            throw lost;
        }
    }

    /** Runs plain JDBC on the connection of a Hibernate session, inside its transaction. */
    public static <T> T withConnection(Session session, SqlWork<T> work) {
        return session.doReturningWork(work::run);
    }

    /**
     * The next booking number (a database sequence, so two desks never hand out the same number). Read with plain
     * JDBC on the session's connection: a native Hibernate query would first flush the whole session.
     */
    public long nextBookingNumber(Session session) {
        String sql = dialect().getSequenceSupport().getSequenceNextValString("booking_number_seq");
        return withConnection(session, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    public Dialect dialect() {
        return sessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    public JdbcUrl url() {
        return url;
    }

    /** The entity classes this database maps (to open a twin of it, a copy being checked, with the same mapping). */
    public List<Class<?>> entities() {
        return entities;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Hibernate's session factory; waits while it is still being built (see {@link #openMappingLater}). */
    public SessionFactory sessionFactory() {
        startMapping();
        try {
            return sessionFactory.join();
        } catch (CompletionException | CancellationException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            throw opening(cause, url);
        }
    }

    /** Closes Hibernate (once built), then the pool; an embedded H2 closes its file when the last connection goes. */
    @Override
    public void close() {
        try {
            // A mapping never asked for, or one that failed to build, has nothing to close.
            SessionFactory built = !mappingStarted.get() ? null
                    : sessionFactory.handle((factory, failed) -> factory).join();
            if (built != null) {
                built.close();
            }
        } finally {
            dataSource.close();
            LOG.info("Database closed: {}", url.display());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
