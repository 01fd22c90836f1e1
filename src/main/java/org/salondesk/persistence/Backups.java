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
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the embedded H2 database, in {@code backups/} beside its file: one before a migration to a newer schema
 * (a new version must never lose the salon's data to a failed upgrade), and one a day at start-up, of which the
 * last {@value #DAILY_KEPT} good ones are kept. Copies are H2's online {@code BACKUP TO} zip files, taken while the
 * database is open, so a second desk joined through AUTO_SERVER does not get in the way. Every copy is opened
 * read-only once written and what was found is kept beside it ({@link BackupCheck}); a copy that fails stays, marked.
 * A server database is backed up by its own administrator, so nothing here touches it.
 */
public final class Backups {

    /**
     * How many good daily copies stay; older good ones are deleted. Copies that failed their check, copies before a
     * migration or a restore and copies made by hand are never deleted.
     */
    public static final int DAILY_KEPT = 14;

    static final String FOLDER = "backups";
    /** Every copy's name starts so; what follows says which kind of copy it is. */
    public static final String PREFIX = "salondesk-";
    public static final String DAILY_PREFIX = PREFIX + "daily-";
    public static final String MIGRATION_PREFIX = PREFIX + "before-migration-v";
    public static final String RESTORE_PREFIX = PREFIX + "before-restore-";
    public static final String MANUAL_PREFIX = PREFIX + "manual-";
    public static final String EXTENSION = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter TIME_STAMP = DateTimeFormatter.ofPattern("HHmmss");
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
    /** Finishes a restore that a crash cut off, before anything reads the schema (a no-op when there is none). */
    static void finishInterruptedRestore(JdbcUrl url, DataSource dataSource) {
        folder(url).ifPresent(folder -> ScriptRestore.finishInterrupted(url, folder, dataSource));
    }

    static Optional<Path> beforeMigration(JdbcUrl url, DataSource dataSource, Flyway flyway, Clock clock) {
        Optional<Path> folder = folder(url);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        ScriptRestore.finishInterrupted(url, folder.get(), dataSource);
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0 || !hasTables(dataSource)) {
            return Optional.empty();
        }
        MigrationInfo current = flyway.info().current();
        String from = current == null ? "0" : current.getVersion().getVersion();
        Path target = folder.get().resolve(MIGRATION_PREFIX + from + "-" + STAMP.format(LocalDateTime.now(clock))
                + EXTENSION);
        BackupCheck check = copy(dataSource, url, target, clock);
        if (check.failed()) {
            throw new IllegalStateException("The copy " + target + " made before migrating does not open: "
                    + check.problem());
        }
        LOG.info("Database copied to {} before migrating from schema version {} ({} migrations pending)",
                target, from, pending.length);
        return Optional.of(target);
    }

    /**
     * The daily copy: made once per calendar day at start-up (nothing happens when today's copy exists and did not
     * fail its check), then only the newest {@value #DAILY_KEPT} good daily copies are kept. Slow on a big database,
     * so callers run it off the UI thread. Empty when the database is not an embedded H2 file or today's copy was
     * already there.
     */
    public static Optional<Path> daily(Database database, Clock clock) {
        Optional<Path> folder = folder(database.url());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        String ofToday = DAILY_PREFIX + today;
        if (dailyCopies(folder.get()).stream().anyMatch(copy -> copy.getFileName().toString().startsWith(ofToday)
                && !BackupCheck.read(copy).failed())) {
            return Optional.empty();
        }
        Path target = folder.get().resolve(ofToday + EXTENSION);
        if (Files.exists(target)) {
            // Today's copy failed its check and stays for a look; today gets another one beside it.
            target = folder.get().resolve(ofToday + "-" + TIME_STAMP.format(LocalDateTime.now(clock)) + EXTENSION);
        }
        BackupCheck check = copy(database.dataSource(), database.url(), target, clock);
        LOG.info("Daily backup: {} ({})", target, check.status());
        pruneDaily(folder.get());
        return Optional.of(target);
    }

    /**
     * A copy made now at the user's request (or {@code prefix} names another kind: before a restore), checked, in
     * the backups folder. The check says whether it is good; a copy that fails is kept all the same.
     */
    public static Path now(Database database, String prefix, Clock clock) {
        Path folder = folder(database.url()).orElseThrow(() ->
                new IllegalStateException("Only an embedded H2 file is copied by SalonDesk"));
        Path target = folder.resolve(prefix + STAMP.format(LocalDateTime.now(clock)) + EXTENSION);
        copy(database.dataSource(), database.url(), target, clock);
        return target;
    }

    /**
     * Copies the database to {@code target} with BACKUP TO, then opens the copy read-only and keeps what was found
     * beside it. A copy that does not open is kept (and marked), never deleted: it may be all there is.
     */
    static BackupCheck copy(DataSource dataSource, JdbcUrl url, Path target, Clock clock) {
        backUp(dataSource, target);
        BackupCheck check = BackupCheck.verify(target, url, LocalDateTime.now(clock));
        check.writeBeside(target);
        url.h2File().ifPresent(OwnerOnly::tightenDatabase);
        if (check.failed()) {
            LOG.error("The copy {} was written but does not open: {}", target, check.problem());
        }
        return check;
    }

    /** Every copy in {@code folder} (daily ones, before migrations and restores, made by hand), by name. */
    public static List<Path> copies(Path folder) {
        return list(folder, name -> name.startsWith(PREFIX) && name.endsWith(EXTENSION));
    }

    /** The daily copies in {@code folder}, oldest first (their names sort by date). */
    static List<Path> dailyCopies(Path folder) {
        return list(folder, name -> name.startsWith(DAILY_PREFIX) && name.endsWith(EXTENSION));
    }

    private static List<Path> list(Path folder, Predicate<String> named) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> named.test(file.getFileName().toString()) && Files.isRegularFile(file))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the good daily copies in {@code folder} beyond the newest {@value #DAILY_KEPT}. Copies that failed their
     * check neither count nor go: they stay, marked, until someone has looked at them.
     */
    public static void pruneDaily(Path folder) {
        List<Path> copies = dailyCopies(folder).stream().filter(copy -> !BackupCheck.read(copy).failed()).toList();
        for (Path old : copies.subList(0, Math.max(0, copies.size() - DAILY_KEPT))) {
            try {
                BackupCheck.delete(old);
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
            OwnerOnly.createFolder(target.getParent());
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
