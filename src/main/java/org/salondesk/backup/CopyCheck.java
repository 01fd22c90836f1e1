package org.salondesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.BackupCheck;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.DatabasePassword;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.ScriptRestore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-check of a copy before a restore: a scratch twin unpacked beside the copies, opened read-only, migrated,
 * its mapping and bookings checked, and written out as the script the restore runs.
 */
final class CopyCheck {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(CopyCheck.class);

    private final Database database;
    private final Clock clock;

    CopyCheck(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** See {@link BackupService#check}: the copy in {@code folder} (the copies' folder, where staging goes). */
    CheckedCopy check(BackupCopy copy, Path folder, BackupProgress progress) {
        Path staging = folder.resolve(ScriptRestore.STAGING_PREFIX + STAMP.format(LocalDateTime.now(clock)) + "-"
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
            throw unusable(copy, null, BackupService.problem(opened));
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
            // A copy made before the database had its own password gets it, so that its script keeps it.
            DatabasePassword.adopt(staging.resolve(name), database.url(), copy.file());
            progress.at(0.3, Messages.get("backups.step.migrating"));
            migrate(scratch);
            progress.at(0.5, Messages.get("backups.step.rules"));
            Path script = staging.resolve("restore.sql.zip");
            try (Database twin = Database.open(scratch, true, database.entities())) {
                String migratedTo = twin.schemaVersion();
                CheckedCopy checked = twin.withConnection(connection -> {
                    CheckedCopy.Counts counts = DatabaseCheck.counts(connection);
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
        } catch (IOException | SQLException | RuntimeException e) {
            ScriptRestore.deleteStaging(staging);
            LOG.warn("The copy {} did not pass its self-check", copy.file(), e);
            throw unusable(copy, e, BackupService.rootMessage(e));
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

    private static SalonDeskException unusable(BackupCopy copy, Throwable cause, String problem) {
        return new SalonDeskException(ErrorCode.INVALID_ARGUMENT, cause, "backups.error.unusable", copy.name(),
                problem);
    }
}
