package org.salondesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
import java.util.UUID;

import org.h2.tools.Restore;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.BackupCheck;
import org.salondesk.persistence.Backups;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.DatabasePassword;
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
        SecondCopy second = new SecondFolder(database.url()).copy(copy, secondFolder, progress, 0.6, 0.95);
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
            SecondCopy second = new SecondFolder(database.url()).copy(copy, secondFolder, BackupProgress.NONE, 0, 1);
            if (second.status() == SecondCopy.Status.COPIED) {
                Backups.pruneDaily(second.folder());
            }
            return new BackupOutcome(describe(copy, false), second);
        });
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
        return new CopyCheck(database, clock).check(copy, folder().orElseThrow(), progress);
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
            RestoreNotices.write(folder().orElseThrow(), notice);
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
            try (Connection connection = DatabasePassword.connect("jdbc:h2:file:"
                    + staging.resolve(name).toAbsolutePath().toString().replace('\\', '/') + ";IFEXISTS=TRUE",
                    database.url(), aside)) {
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
        return folder().flatMap(RestoreNotices::read);
    }

    /** Whether a desk is restoring this database right now. */
    public boolean restoreUnderway() {
        return folder().map(ScriptRestore::underway).orElse(false);
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

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
