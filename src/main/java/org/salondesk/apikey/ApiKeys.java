package org.salondesk.apikey;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.TextLimit;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking server's API keys: the admin makes (the key is shown once), lists and revokes them, and the server asks
 * whose key each request carries. The live keys are read into memory and read again every {@link #LIVE_KEYS_LAST}
 * (at once after a change here), so that a key revoked at any desk stops working within seconds on every process;
 * the use of each key is counted in memory and added to its row every {@link UseWriter#EVERY} and at close.
 */
public final class ApiKeys implements ApiKeyCheck, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

    public static final TextLimit NAME = new TextLimit("fieldName.apiKeyName", 60);
    static final Duration LIVE_KEYS_LAST = Duration.ofSeconds(2);

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;
    private final KeyText keys = new KeyText(new SecureRandom());
    private final UseCounts counts = new UseCounts();
    private final UseWriter writer;
    private volatile LiveKeys live;

    /** The live keys by their hash, and when they were read (System.nanoTime). */
    private record LiveKeys(Map<String, ApiCaller> byHash, long readAt) {
    }

    public ApiKeys(Database database, Clock clock, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.trail = trail;
        this.writer = new UseWriter(database, clock, counts);
    }

    /**
     * Makes a key named {@code name} (trimmed, unique among the live keys) and answers its text: the only time it is
     * seen, since only its hash is kept. Refused (nothing written) for a blank, too long or taken name.
     */
    public String create(String name, boolean trusted) {
        currentStaff.require(Act.API_KEYS);
        String named = Require.text(name, "fieldName.apiKeyName", NAME);
        String key = keys.fresh();
        database.inTransaction(session -> {
            long id = Database.withConnection(session, connection -> {
                if (liveId(connection, named).isPresent()) {
                    throw new SalonDeskException(ErrorCode.DUPLICATE, "error.apiKey.duplicate", named);
                }
                return insert(connection, named, KeyText.hash(key), trusted);
            });
            trail.record(session, new AuditNote(AuditKind.API_KEY, AuditAction.CREATED, "api_key", id,
                    "name: " + named + "\ntrusted: " + trusted));
        });
        live = null;
        return key;
    }

    private long insert(Connection connection, String name, String hash, boolean trusted) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO api_key (name, live_name, key_hash,"
                + " trusted, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
            insert.setString(1, name);
            insert.setString(2, name);
            insert.setString(3, hash);
            insert.setBoolean(4, trusted);
            insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            Long by = currentStaff.id();
            if (by == null) {
                insert.setNull(6, Types.BIGINT);
            } else {
                insert.setLong(6, by);
            }
            insert.executeUpdate();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                generated.next();
                return generated.getLong(1);
            }
        }
    }

    /** Revokes the live key named {@code name}: from now on (within seconds on every process) it is refused. */
    public void revoke(String name) {
        currentStaff.require(Act.API_KEYS);
        String named = Require.text(name, "fieldName.apiKeyName");
        database.inTransaction(session -> {
            long id = Database.withConnection(session, connection -> {
                long found = liveId(connection, named).orElseThrow(() ->
                        new SalonDeskException(ErrorCode.NOT_FOUND, "error.apiKey.unknown", named));
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE api_key SET revoked_at = ?, live_name = NULL WHERE id = ?")) {
                    update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    update.setLong(2, found);
                    update.executeUpdate();
                }
                return found;
            });
            trail.record(session, new AuditNote(AuditKind.API_KEY, AuditAction.CHANGED, "api_key", id,
                    "name: " + named + "\nrevoked"));
        });
        live = null;
    }

    private static Optional<Long> liveId(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM api_key WHERE live_name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Every key, live ones first, by name; the use counted here so far is written first. */
    public List<ApiKeyRow> list() {
        currentStaff.require(Act.API_KEYS);
        writer.write();
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, name, trusted, created_at,"
                    + " last_used_at, requests_day, requests_today, revoked_at FROM api_key"
                    + " ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, name, id");
                 ResultSet row = query.executeQuery()) {
                List<ApiKeyRow> rows = new ArrayList<>();
                while (row.next()) {
                    rows.add(new ApiKeyRow(row.getLong(1), row.getString(2), row.getBoolean(3),
                            instant(row, 4), instant(row, 5), row.getObject(6, LocalDate.class), row.getLong(7),
                            instant(row, 8)));
                }
                return rows;
            }
        });
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The caller of a live key, counted as one use; empty for anything else. Called on every request. */
    @Override
    public Optional<ApiCaller> caller(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > KeyText.LONGEST) {
            return Optional.empty();
        }
        ApiCaller caller = liveKeys().get(KeyText.hash(presentedKey.strip()));
        if (caller == null) {
            return Optional.empty();
        }
        counts.count(caller.keyId(), clock.instant());
        writer.startOnce();
        return Optional.of(caller);
    }

    private Map<String, ApiCaller> liveKeys() {
        LiveKeys known = live;
        if (known != null && System.nanoTime() - known.readAt() < LIVE_KEYS_LAST.toNanos()) {
            return known.byHash();
        }
        synchronized (this) {
            known = live;
            if (known != null && System.nanoTime() - known.readAt() < LIVE_KEYS_LAST.toNanos()) {
                return known.byHash();
            }
            try {
                known = new LiveKeys(readLive(), System.nanoTime());
                live = known;
            } catch (RuntimeException e) {
                if (known == null) {
                    throw e;
                }
                // The database does not answer for a moment: the keys read last stay in use until it does.
                LOG.warn("Could not read the API keys again; the ones read before stay in use", e);
            }
            return known.byHash();
        }
    }

    private Map<String, ApiCaller> readLive() {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, name, key_hash, trusted,"
                    + " requests_per_second, burst FROM api_key WHERE revoked_at IS NULL");
                 ResultSet row = query.executeQuery()) {
                Map<String, ApiCaller> byHash = new HashMap<>();
                while (row.next()) {
                    byHash.put(row.getString(3), new ApiCaller(row.getLong(1), row.getString(2), row.getBoolean(4),
                            row.getInt(5), row.getInt(6)));
                }
                return Map.copyOf(byHash);
            }
        });
    }

    /** Writes the use counted so far now (the server's shutdown, the tests). */
    public void writeUse() {
        writer.write();
    }

    /** Writes the use counted so far and stops the writer. */
    @Override
    public void close() {
        writer.close();
    }
}
