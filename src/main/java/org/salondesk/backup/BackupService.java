package org.salondesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.BackupCheck;
import org.salondesk.persistence.Backups;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.ScriptRestore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the desk's database that can be put back. On the embedded H2 file: copies made now or once a day (each
 * opened read-only once written, and copied to a second folder too when one is set), the list of copies with what
 * their checks found, and the restore of a copy after its self-check, with the database as it was copied aside first.
 * On PostgreSQL the server's own backups apply; this service only says how to make one ({@link #serverCommand()}).
 */
public final class BackupService {

    /** What the desk can do with the database it is on. */
    public enum Support {
        /** An embedded H2 file: SalonDesk copies and restores it. */
        FILE,
        /** A PostgreSQL server: its administrator's backups apply ({@code pg_dump}). */
        SERVER,
        /** Anything else (a database in memory, an H2 server): nothing to copy here. */
        NONE
    }

    static final String LAST_RESTORE = "last-restore.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** How long a scratch twin of a copy may lie about before the daily copy clears it. */
    private static final Duration SCRATCH_KEPT = Duration.ofHours(12);
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database database;
    private final Clock clock;
    private final String deskId = UUID.randomUUID().toString();

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Support support() {
        JdbcUrl url = database.url();
        if (Backups.folder(url).isPresent()) {
            return Support.FILE;
        }
        return url.value().startsWith("jdbc:postgresql:") ? Support.SERVER : Support.NONE;
    }

    /** The pg_dump and pg_restore commands for the server database the desk is on; empty on any other. */
    public Optional<ServerBackupCommand> serverCommand() {
        return ServerBackupCommand.of(database.url(), LocalDate.now(clock));
    }

    /** The folder of the copies on this PC; empty when SalonDesk does not copy this database. */
    public Optional<Path> folder() {
        return Backups.folder(database.url());
    }

    /** Where a folder chosen as the second folder lies, seen from the copies on this PC. */
    public enum Place {
        /** On another disk (a stick, a share): what the second folder is for. */
        OTHER_DISK,
        /** On the disk of the database: a copy there dies with the disk. */
        SAME_DISK,
        /** The folder of the copies on this PC itself. */
        SAME_FOLDER
    }

    /** Where {@code chosen} lies: the copies' own folder, another folder on their disk, or another disk. */
    public Place placeOf(Path chosen) {
        Path own = folder().orElseThrow().toAbsolutePath().normalize();
        Path folder = chosen.toAbsolutePath().normalize();
        if (folder.equals(own)) {
            return Place.SAME_FOLDER;
        }
        try {
            return Files.getFileStore(folder).equals(Files.getFileStore(own.getParent())) ? Place.SAME_DISK
                    : Place.OTHER_DISK;
        } catch (IOException e) {
            // A share that cannot say which store it is: taken as another disk, which it most likely is.
            LOG.debug("Could not compare the disks of {} and {}", folder, own, e);
            return Place.OTHER_DISK;
        }
    }

    /** This desk, as restore notices name it. */
    public String deskId() {
        return deskId;
    }

    /**
     * Every copy on this PC and in {@code secondFolder}, newest first. A copy nobody has checked yet (made by an older
     * SalonDesk) is opened read-only now, once; what was found stays beside it.
     */
    public List<BackupCopy> copies(Optional<Path> secondFolder) {
        List<BackupCopy> copies = new ArrayList<>();
        folder().ifPresent(folder -> Backups.copies(folder).forEach(file -> copies.add(describe(file, false))));
        if (support() == Support.FILE) {
            secondFolder.filter(Files::isDirectory).ifPresent(folder -> Backups.copies(folder)
                    .forEach(file -> copies.add(describe(file, true))));
        }
        copies.sort(Comparator.comparing(BackupCopy::madeAt).thenComparing(BackupCopy::name).reversed());
        return copies;
    }

    private BackupCopy describe(Path file, boolean inSecondFolder) {
        BackupCheck check = BackupCheck.of(file, database.url());
        long size;
        LocalDateTime madeAt = check.madeAt();
        try {
            size = Files.size(file);
            if (madeAt == null) {
                madeAt = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BackupCopy(file, BackupKind.of(file.getFileName().toString()), madeAt, size, check,
                inSecondFolder);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** "Back up now": a copy on this PC, checked, then one in {@code secondFolder} (when set), checked there too. */
    public BackupOutcome backUpNow(Optional<Path> secondFolder, BackupProgress progress) {
        requireFile();
        progress.at(0.05, Messages.get("backups.step.copying"));
        long started = System.nanoTime();
        Path copy = Backups.now(database, Backups.MANUAL_PREFIX, clock);
        LOG.info("Copy {} made and checked in {} ms", copy, (System.nanoTime() - started) / 1_000_000);
        progress.at(0.6, Messages.get("backups.step.second"));
        SecondCopy second = toSecondFolder(copy, secondFolder, progress, 0.6, 0.95);
        progress.at(1, Messages.get("backups.step.done"));
        return new BackupOutcome(describe(copy, false), second);
    }

    /**
     * The copy a day (see {@link Backups#daily}); when one was made, its twin goes to {@code secondFolder} too, where
     * the same number of daily copies is kept. Empty when today's copy was already there.
     */
    public Optional<BackupOutcome> daily(Optional<Path> secondFolder) {
        clearOldScratchWork();
        return Backups.daily(database, clock).map(copy -> {
            SecondCopy second = toSecondFolder(copy, secondFolder, BackupProgress.NONE, 0, 1);
            if (second.status() == SecondCopy.Status.COPIED) {
                Backups.pruneDaily(second.folder());
            }
            return new BackupOutcome(describe(copy, false), second);
        });
    }

    /**
     * Copies {@code copy} into {@code folder} (under a temporary name, then renamed) and opens it there read-only. A
     * folder that cannot be reached or written is reported, not thrown: the copy on this PC is made all the same.
     */
    private SecondCopy toSecondFolder(Path copy, Optional<Path> folder, BackupProgress progress, double from,
                                      double to) {
        if (folder.isEmpty()) {
            return SecondCopy.notSet();
        }
        Path target = folder.get().resolve(copy.getFileName());
        if (!Files.isDirectory(folder.get())) {
            LOG.warn("The second backup folder {} is not there", folder.get());
            return SecondCopy.failed(folder.get(), Messages.get("backups.second.missing"));
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            long size = Files.size(copy);
            try (InputStream in = Files.newInputStream(copy); OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[1 << 16];
                long done = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    done += read;
                    progress.at(from + (to - from) * done / Math.max(1, size), Messages.get("backups.step.second"));
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            BackupCheck check = BackupCheck.verify(target, database.url(), BackupCheck.read(copy).madeAt());
            check.writeBeside(target);
            LOG.info("Copy {} also in {} ({})", copy.getFileName(), folder.get(), check.status());
            return new SecondCopy(SecondCopy.Status.COPIED, folder.get(), target, check, "");
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not copy {} to the second folder {}", copy, folder.get(), e);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                LOG.debug("The partial copy {} stays", partial);
            }
            return SecondCopy.failed(folder.get(), rootMessage(e));
        }
    }

    /**
     * The self-check of a copy before it is put back: a scratch twin of it, unpacked beside the copies, must open
     * read-only and hold the desk's tables; it is then migrated to this version's schema, its mapping checked, and
     * its bookings checked against the booking rules; it is finally written out as the script a restore runs. The
     * copy itself is never changed (only its check is updated, e.g. when it turns out not to open any more). Refused
     * with a message when any step fails; the caller closes the result.
     */
    public CheckedCopy check(BackupCopy copy, BackupProgress progress) {
        requireFile();
        Path staging = folder().orElseThrow().resolve(ScriptRestore.STAGING_PREFIX + STAMP.format(now()) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        progress.at(0.05, Messages.get("backups.step.opening"));
        BackupCheck opened = BackupCheck.verifyInto(copy.file(), staging, database.url(), copy.madeAt());
        try {
            opened.writeBeside(copy.file());
        } catch (UncheckedIOException e) {
            // A copy on a write-protected stick is checked all the same; only the list cannot remember it.
            LOG.warn("Could not keep the check of {}: {}", copy.file(), e.getMessage());
        }
        if (opened.failed()) {
            ScriptRestore.deleteStaging(staging);
            throw unusable(copy, null, problem(opened));
        }
        MigrationVersion latest = latestVersion();
        if (MigrationVersion.fromVersion(opened.schemaVersion()).compareTo(latest) > 0) {
            ScriptRestore.deleteStaging(staging);
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "backups.error.newer", copy.name(),
                    opened.schemaVersion(), latest.getVersion());
        }
        try {
            String name = BackupCheck.databaseName(copy.file());
            JdbcUrl scratch = JdbcUrl.of("jdbc:h2:file:" + staging.resolve(name).toAbsolutePath().toString()
                    .replace('\\', '/'));
            progress.at(0.3, Messages.get("backups.step.migrating"));
            migrate(scratch);
            progress.at(0.5, Messages.get("backups.step.rules"));
            Path script = staging.resolve("restore.sql.zip");
            try (Database twin = Database.open(scratch, true)) {
                String migratedTo = twin.schemaVersion();
                CheckedCopy checked = twin.withConnection(connection -> {
                    CheckedCopy.Counts counts = new CheckedCopy.Counts(count(connection, "branch"),
                            count(connection, "employee"), count(connection, "client"), count(connection, "booking"));
                    List<BookingRulesAudit.Violation> violations = new BookingRulesAudit().check(connection);
                    progress.at(0.8, Messages.get("backups.step.preparing"));
                    ScriptRestore.script(connection, script);
                    return new CheckedCopy(copy, opened.schemaVersion(), migratedTo, counts, violations, staging,
                            script);
                });
                progress.at(1, Messages.get("backups.step.checked"));
                LOG.info("Copy {} checked: schema {} (now {}), {} bookings, {} rule problems", copy.name(),
                        opened.schemaVersion(), migratedTo, checked.counts().bookings(), checked.violations().size());
                return checked;
            }
        } catch (IOException | RuntimeException e) {
            ScriptRestore.deleteStaging(staging);
            LOG.warn("The copy {} did not pass its self-check", copy.file(), e);
            throw unusable(copy, e, rootMessage(e));
        }
    }

    /**
     * Puts a checked copy back: the database as it is now is copied aside first (and that copy must open), then the
     * copy replaces everything while other desks wait (see {@link ScriptRestore}), and a notice beside the copies
     * tells every desk on the file. Should the replacement fail, the copy made aside is put back.
     */
    public RestoreOutcome restore(CheckedCopy checked, BackupProgress progress) {
        requireFile();
        try (checked) {
            progress.at(0.05, Messages.get("backups.step.aside"));
            Path aside = Backups.now(database, Backups.RESTORE_PREFIX, clock);
            BackupCheck asideCheck = BackupCheck.read(aside);
            if (asideCheck.failed()) {
                throw new SalonDeskException(ErrorCode.STORAGE, "backups.error.aside", asideCheck.problem());
            }
            progress.at(0.3, Messages.get("backups.step.restoring"));
            try {
                ScriptRestore.apply(database.url(), checked.script(), checked.copy().name(), database.dataSource());
            } catch (RuntimeException e) {
                LOG.error("Restoring {} failed; putting back {}", checked.copy().name(), aside, e);
                putBack(aside);
                throw new SalonDeskException(ErrorCode.STORAGE, e, "backups.error.restore", rootMessage(e));
            }
            progress.at(0.95, Messages.get("backups.step.telling"));
            RestoreNotice notice = new RestoreNotice(UUID.randomUUID().toString(), now(), checked.copy().name(),
                    checked.copy().madeAt(), aside.getFileName().toString(), deskId);
            writeNotice(notice);
            progress.at(1, Messages.get("backups.step.restored"));
            return new RestoreOutcome(checked.copy(), describe(aside, false), notice);
        }
    }

    /**
     * Scratch twins of copies left from earlier days (a check whose question nobody answered before the desk was
     * closed, a desk that died half-way) go, unless a restore is under way: they may be big.
     */
    private void clearOldScratchWork() {
        Optional<Path> folder = folder();
        if (folder.isEmpty() || !Files.isDirectory(folder.get()) || ScriptRestore.underway(folder.get())) {
            return;
        }
        try (var files = Files.list(folder.get())) {
            for (Path staging : files.filter(file -> file.getFileName().toString()
                    .startsWith(ScriptRestore.STAGING_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(staging).toInstant().isBefore(clock.instant().minus(SCRATCH_KEPT))) {
                    ScriptRestore.deleteStaging(staging);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clear old scratch work in {}", folder.get(), e);
        }
    }

    /** After a failed restore: the copy of the database made just before goes back, so the desk is as it was. */
    private void putBack(Path aside) {
        Path staging = folder().orElseThrow().resolve(ScriptRestore.STAGING_PREFIX + "back-" + STAMP.format(now()));
        try {
            String name = BackupCheck.databaseName(aside);
            Restore.execute(aside.toString(), staging.toString(), name);
            Path script = staging.resolve("back.sql.zip");
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                    + staging.resolve(name).toAbsolutePath().toString().replace('\\', '/') + ";IFEXISTS=TRUE",
                    database.url().user().orElse("sa"), database.url().password().orElse(""))) {
                ScriptRestore.script(connection, script);
            }
            ScriptRestore.apply(database.url(), script, aside.getFileName().toString(), database.dataSource());
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("Could not put back {} after a failed restore", aside, e);
            throw new SalonDeskException(ErrorCode.STORAGE, e, "backups.error.putBack", aside.getFileName(),
                    rootMessage(e));
        } finally {
            ScriptRestore.deleteStaging(staging);
        }
    }

    /** The last restore of this database, as the notice beside the copies tells it; empty when there was none. */
    public Optional<RestoreNotice> lastRestore() {
        Optional<Path> file = folder().map(folder -> folder.resolve(LAST_RESTORE)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file.get())) {
            values.load(in);
            return Optional.of(new RestoreNotice(values.getProperty("id"), LocalDateTime.parse(values.getProperty("at")),
                    values.getProperty("copy"), LocalDateTime.parse(values.getProperty("copyMadeAt")),
                    values.getProperty("aside"), values.getProperty("desk")));
        } catch (IOException | RuntimeException e) {
            // Being written by the restoring desk right now: read on the next look.
            LOG.debug("Could not read {}: {}", file.get(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether a desk is restoring this database right now. */
    public boolean restoreUnderway() {
        return folder().map(ScriptRestore::underway).orElse(false);
    }

    private void writeNotice(RestoreNotice notice) {
        Properties values = new Properties();
        values.setProperty("id", notice.id());
        values.setProperty("at", notice.at().toString());
        values.setProperty("copy", notice.copy());
        values.setProperty("copyMadeAt", notice.copyMadeAt().toString());
        values.setProperty("aside", notice.aside());
        values.setProperty("desk", notice.desk());
        Path file = folder().orElseThrow().resolve(LAST_RESTORE);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "SalonDesk: the last restore of this database, for every desk on it");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The restore is done; only other desks' message depends on this file.
            LOG.warn("Could not write {}", file, e);
        }
    }

    private void migrate(JdbcUrl scratch) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(scratch.value());
        source.setUser(scratch.user().orElse("sa"));
        source.setPassword(scratch.password().orElse(""));
        Database.flyway(source, scratch).migrate();
    }

    /** The newest schema version this SalonDesk knows. */
    private MigrationVersion latestVersion() {
        Flyway flyway = Database.flyway(database.dataSource(), database.url());
        MigrationVersion latest = MigrationVersion.EMPTY;
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion() != null && migration.getState().isResolved()
                    && migration.getVersion().compareTo(latest) > 0) {
                latest = migration.getVersion();
            }
        }
        return latest;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void requireFile() {
        if (support() != Support.FILE) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "backups.error.notFile");
        }
    }

    /** Why a copy failed its check, in the user's words (with what H2 said, for whoever looks further). */
    public static String problem(BackupCheck check) {
        String reason = Messages.get("backups.reason." + (check.reason() == null ? BackupCheck.Reason.DOES_NOT_OPEN
                : check.reason()).name());
        return check.problem().isBlank() ? reason : reason + " (" + check.problem() + ")";
    }

    private static SalonDeskException unusable(BackupCopy copy, Throwable cause, String problem) {
        return new SalonDeskException(ErrorCode.INVALID_ARGUMENT, cause, "backups.error.unusable", copy.name(),
                problem);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
