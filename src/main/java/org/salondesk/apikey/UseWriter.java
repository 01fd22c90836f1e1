package org.salondesk.apikey;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.salondesk.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the counted use of the keys to their rows, every {@link #EVERY} on a thread of its own (started with the first
 * use) and when asked: one UPDATE a key, adding to what other processes added, so that a request writes nothing.
 */
final class UseWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UseWriter.class);
    static final Duration EVERY = Duration.ofSeconds(1);

    private static final String ADD = "UPDATE api_key SET"
            + " requests_today = CASE WHEN requests_day = ? THEN requests_today + ? ELSE ? END, requests_day = ?,"
            + " last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < ? THEN ? ELSE last_used_at END"
            + " WHERE id = ?";

    private final Database database;
    private final Clock clock;
    private final UseCounts counts;
    private ScheduledExecutorService timer;
    private boolean closed;

    UseWriter(Database database, Clock clock, UseCounts counts) {
        this.database = database;
        this.clock = clock;
        this.counts = counts;
    }

    synchronized void startOnce() {
        if (timer != null || closed) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "salondesk-api-key-use");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::write, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Adds what was counted since the last write; what cannot be written now is kept for the next. */
    synchronized void write() {
        List<UseCounts.Use> uses = counts.drain();
        if (uses.isEmpty()) {
            return;
        }
        try {
            database.withConnection(connection -> {
                try (PreparedStatement add = connection.prepareStatement(ADD)) {
                    for (UseCounts.Use use : uses) {
                        LocalDate day = LocalDate.ofInstant(use.lastUsed(), clock.getZone());
                        OffsetDateTime at = OffsetDateTime.ofInstant(use.lastUsed(), ZoneOffset.UTC);
                        add.setObject(1, day);
                        add.setLong(2, use.requests());
                        add.setLong(3, use.requests());
                        add.setObject(4, day);
                        add.setObject(5, at);
                        add.setObject(6, at);
                        add.setLong(7, use.keyId());
                        add.addBatch();
                    }
                    return add.executeBatch();
                }
            });
        } catch (RuntimeException e) {
            counts.restore(uses);
            LOG.warn("Could not write the use of the API keys; it is written with the next", e);
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            closed = true;
            running = timer;
            timer = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        write();
    }
}
