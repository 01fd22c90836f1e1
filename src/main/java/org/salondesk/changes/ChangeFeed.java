package org.salondesk.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.salondesk.persistence.Database;
import org.salondesk.persistence.JdbcUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desks change in one database, told to every screen that subscribes: within a second of a commit on any
 * desk (this one too), each subscriber hears a {@link Change} that says what kind of things changed and which
 * bookings where, so that it reads again only what it shows. On PostgreSQL the feed LISTENs to the notifications
 * the database's triggers send; on H2 it reads the change log the triggers write, five times a second.
 * <p>
 * The feed starts with its first subscriber, on a thread and a connection of its own. A lost connection is opened
 * again (waiting longer each time, up to 10 s); each time it listens (again) it says {@link Change#everything()}, so
 * that nothing done while it did not listen is missed. Subscribers are called on the feed's thread, one after
 * another: a screen hands the change over to its own thread.
 */
public final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final AtomicInteger FEEDS = new AtomicInteger();
    /** What the feed's connection calls itself on a PostgreSQL server (pg_stat_activity). */
    static final String APPLICATION_NAME = "SalonDesk change feed";
    /** How often an H2 desk reads the change log. */
    static final Duration H2_EVERY = Duration.ofMillis(200);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    /** Opens the feed's own connection to the database. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private final ChangeSource source;
    private final Connections connections;
    private final List<Consumer<Change>> subscribers = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean listening;
    private Thread thread;

    ChangeFeed(ChangeSource source, Connections connections) {
        this.source = source;
        this.connections = connections;
    }

    /** The feed of {@code database}, in the engine's own way; it starts with its first subscriber. */
    public static ChangeFeed of(Database database) {
        JdbcUrl url = database.url();
        return new ChangeFeed(sourceFor(url), () -> connect(url));
    }

    static ChangeSource sourceFor(JdbcUrl url) {
        return url.isH2() ? new H2ChangeLog(H2_EVERY) : new PostgresNotifications();
    }

    // The feed's own connection, outside the pool: it is held as long as the feed listens.
    static Connection connect(JdbcUrl url) throws SQLException {
        Properties properties = new Properties();
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        if (!url.isH2()) {
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("tcpKeepAlive", "true");
        }
        return DriverManager.getConnection(url.value(), properties);
    }

    /**
     * {@code subscriber} hears of every change from now on; when the feed starts listening (again) every subscriber
     * hears {@link Change#everything()}.
     */
    public void subscribe(Consumer<Change> subscriber) {
        subscribers.add(subscriber);
        start();
    }

    /** {@code subscriber} hears nothing more. */
    public void unsubscribe(Consumer<Change> subscriber) {
        subscribers.remove(subscriber);
    }

    private synchronized void start() {
        if (thread != null || closing.getCount() == 0) {
            return;
        }
        thread = new Thread(this::listen, "salondesk-changes-" + FEEDS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        long lostAt = 0;
        while (closing.getCount() > 0) {
            try (Connection connection = connections.open()) {
                ChangeSource.Listening session = source.listen(connection);
                if (lostAt != 0) {
                    LOG.info("The change feed listens again, {} ms after it lost its connection",
                            (System.nanoTime() - lostAt) / 1_000_000);
                } else {
                    LOG.info("The change feed listens ({})", source);
                }
                lostAt = 0;
                retry = FIRST_RETRY;
                listening = true;
                publish(Change.everything());
                while (closing.getCount() > 0) {
                    Change change = session.next(closing);
                    if (change != null) {
                        publish(change);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closing.getCount() == 0) {
                    break;
                }
                if (lostAt == 0) {
                    lostAt = System.nanoTime();
                    LOG.warn("The change feed lost its connection; other desks' changes show again once it is back",
                            e);
                } else {
                    LOG.debug("The change feed could not listen again yet", e);
                }
                if (pause(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        listening = false;
        LOG.debug("The change feed stopped");
    }

    // Waits before trying again; true when the feed closes meanwhile.
    private boolean pause(Duration wait) {
        try {
            return closing.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void publish(Change change) {
        for (Consumer<Change> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A subscriber of the change feed failed on {}", change, e);
            }
        }
    }

    /** Whether the feed listens now: it has a subscriber and its connection, so every commit from now on is told. */
    public boolean isListening() {
        return listening;
    }

    /** Whether the feed's thread is running (for tests: it ends when the feed closes). */
    synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    /** Stops listening and waits for the feed's thread to end; subscribers hear nothing more. */
    @Override
    public void close() {
        closing.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) {
            return;
        }
        try {
            running.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warn("The change feed did not stop within {} s", STOP_WAIT.toSeconds());
        }
    }
}
