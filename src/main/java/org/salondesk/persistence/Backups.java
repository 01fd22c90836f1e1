package org.salondesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the embedded H2 database, in {@code backups/} beside its file: one before a migration to a newer schema
 * (a new version must never lose the salon's data to a failed upgrade), and one a day at start-up, of which the
 * last {@value #DAILY_KEPT} are kept. Copies are H2's online {@code BACKUP TO} zip files, taken while the database is
 * open, so a second desk joined through AUTO_SERVER does not get in the way. A server database is backed up by its
 * own administrator, so nothing here touches it.
 */
public final class Backups {

    /** How many daily copies stay; older ones are deleted. Copies before a migration are never deleted. */
    public static final int DAILY_KEPT = 14;

    static final String FOLDER = "backups";
    private static final String DAILY_PREFIX = "salondesk-daily-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    /** The folder that holds the copies of the embedded database at {@code url}; empty for any other database. */
    public static Optional<Path> folder(JdbcUrl url) {
        return url.h2File().map(file -> file.toAbsolutePath().getParent().resolve(FOLDER));
    }

    /**
     * Before Flyway migrates: copies the database when it is an embedded H2 file, holds a schema (a new, empty one
     * has nothing to lose) and has migrations pending. Called by {@link Database#open}; a failed copy stops the
     * migration, since migrating without the promised copy is what this guards against.
     */
    static Optional<Path> beforeMigration(JdbcUrl url, DataSource dataSource, Flyway flyway, Clock clock) {
        Optional<Path> folder = folder(url);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0 || !hasTables(dataSource)) {
            return Optional.empty();
        }
        MigrationInfo current = flyway.info().current();
        String from = current == null ? "0" : current.getVersion().getVersion();
        Path target = folder.get().resolve("salondesk-before-migration-v" + from + "-"
                + STAMP.format(LocalDateTime.now(clock)) + ".zip");
        backUp(dataSource, target);
        LOG.info("Database copied to {} before migrating from schema version {} ({} migrations pending)",
                target, from, pending.length);
        return Optional.of(target);
    }

    /**
     * The daily copy: made once per calendar day at start-up (nothing happens when today's copy exists), then only
     * the newest {@value #DAILY_KEPT} daily copies are kept. Slow on a big database, so callers run it off the UI
     * thread. Empty when the database is not an embedded H2 file or today's copy was already there.
     */
    public static Optional<Path> daily(Database database, Clock clock) {
        Optional<Path> folder = folder(database.url());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path target = folder.get().resolve(DAILY_PREFIX + LocalDate.now(clock) + ".zip");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        backUp(database.dataSource(), target);
        LOG.info("Daily backup: {}", target);
        pruneDaily(folder.get());
        return Optional.of(target);
    }

    /** The daily copies in {@code folder}, oldest first (their names sort by date). */
    static List<Path> dailyCopies(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(DAILY_PREFIX) && name.endsWith(".zip");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pruneDaily(Path folder) {
        List<Path> copies = dailyCopies(folder);
        for (Path old : copies.subList(0, Math.max(0, copies.size() - DAILY_KEPT))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // An old copy that cannot go now goes on a later day; the new copy is what matters.
                LOG.warn("Could not delete the old backup {}: {}", old, e.getMessage());
            }
        }
    }

    /** BACKUP TO a temporary name, then renamed: a crash half-way never leaves a truncated copy under a real name. */
    private static void backUp(DataSource dataSource, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not back up the database to " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not back up the database to " + target, e);
        }
    }

    private static boolean hasTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                     new String[]{"TABLE"})) {
            return tables.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's tables: " + e.getMessage(), e);
        }
    }
}
