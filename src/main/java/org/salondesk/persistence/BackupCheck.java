package org.salondesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.h2.tools.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was found when a copy of the database was opened read-only: the schema version and the number of bookings, or
 * why it does not open. Kept beside the copy as {@code <copy>.check}, so that the list of copies shows it without
 * opening every copy again, and so that pruning can tell a good copy from a failed one.
 *
 * @param madeAt when the copy was made, as the desk's clock said (null when the copy predates these checks)
 * @param schemaVersion the last migration in the copy ("10"); empty when it failed
 * @param bookings how many bookings the copy holds
 * @param reason why the copy failed (null when it did not)
 * @param problem what the failure said, for the curious and the log (empty when it did not fail)
 */
public record BackupCheck(Status status, LocalDateTime madeAt, String schemaVersion, long bookings, Reason reason,
                          String problem) {

    /** Whether the copy opened and holds the desk's tables. */
    public enum Status { VERIFIED, FAILED, UNCHECKED }

    /** Why a copy failed. */
    public enum Reason {
        /** The file is not a whole zip (cut short, overwritten). */
        DAMAGED,
        /** The zip holds no database file. */
        NO_DATABASE,
        /** The database opens but holds no SalonDesk tables. */
        NOT_SALONDESK,
        /** The database in it does not open. */
        DOES_NOT_OPEN
    }

    static final String SUFFIX = ".check";
    private static final Logger LOG = LoggerFactory.getLogger(BackupCheck.class);
    /** H2's "table not found". */
    private static final int TABLE_NOT_FOUND = 42102;

    /** A copy nobody has checked yet (made by an older SalonDesk). */
    public static BackupCheck unchecked() {
        return new BackupCheck(Status.UNCHECKED, null, "", 0, null, "");
    }

    private static BackupCheck failed(LocalDateTime madeAt, Reason reason, Throwable cause) {
        LOG.warn("A copy does not open ({}): {}", reason, Database.rootMessage(cause));
        return new BackupCheck(Status.FAILED, madeAt, "", 0, reason, Database.rootMessage(cause));
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /**
     * Unpacks {@code copy} into a scratch folder and opens the database there read-only, as the user and password of
     * {@code live}, to read its schema version and booking count; the scratch folder goes afterwards. (H2 could open
     * the zip itself, but it seeks in a zip by inflating from the start again: minutes for a big database.)
     */
    public static BackupCheck verify(Path copy, JdbcUrl live, LocalDateTime madeAt) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("salondesk-check-");
            return verifyInto(copy, scratch, live, madeAt);
        } catch (IOException e) {
            return failed(madeAt, Reason.DOES_NOT_OPEN, e);
        } finally {
            deleteFolder(scratch);
        }
    }

    /**
     * As {@link #verify}, unpacking into {@code folder}, which keeps the database afterwards (as
     * {@code <folder>/<databaseName(copy)>}) for whoever wants to go on with it.
     */
    public static BackupCheck verifyInto(Path copy, Path folder, JdbcUrl live, LocalDateTime madeAt) {
        String name;
        try {
            name = databaseName(copy);
        } catch (NoDatabase e) {
            return failed(madeAt, Reason.NO_DATABASE, e);
        } catch (IOException e) {
            return failed(madeAt, Reason.DAMAGED, e);
        }
        try {
            Restore.execute(copy.toString(), folder.toString(), name);
        } catch (RuntimeException e) {
            return failed(madeAt, Reason.DAMAGED, e);
        }
        return verifyUnpacked(copy, folder.resolve(name), live, madeAt);
    }

    /**
     * Opens the database unpacked from a copy at {@code base} ({@code <base>.mv.db} on disk) read-only and reads its
     * schema version and booking count.
     */
    private static BackupCheck verifyUnpacked(Path copy, Path base, JdbcUrl live, LocalDateTime madeAt) {
        String url = "jdbc:h2:file:" + base.toAbsolutePath().toString().replace('\\', '/')
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection connection = DatabasePassword.connect(url, live, copy);
             Statement statement = connection.createStatement()) {
            String schema;
            try (ResultSet rows = statement.executeQuery("select \"version\" from \"flyway_schema_history\""
                    + " where \"success\" and \"version\" is not null order by \"installed_rank\" desc limit 1")) {
                schema = rows.next() ? rows.getString(1) : "";
            }
            long bookings;
            try (ResultSet rows = statement.executeQuery("select count(*) from booking")) {
                rows.next();
                bookings = rows.getLong(1);
            }
            return new BackupCheck(Status.VERIFIED, madeAt, schema, bookings, null, "");
        } catch (SQLException e) {
            return failed(madeAt, e.getErrorCode() == TABLE_NOT_FOUND ? Reason.NOT_SALONDESK : Reason.DOES_NOT_OPEN, e);
        }
    }

    /** A zip without a database file in it. */
    private static final class NoDatabase extends IOException {
        NoDatabase(String message) {
            super(message);
        }
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the scratch folder {}: {}", folder, e.getMessage());
        }
    }

    /** The name of the database inside a copy: the zip holds {@code <name>.mv.db}. */
    public static String databaseName(Path copy) throws IOException {
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.endsWith(".mv.db") && !entry.contains("/")) {
                    return entry.substring(0, entry.length() - ".mv.db".length());
                }
            }
        }
        throw new NoDatabase("no database file in " + copy.getFileName());
    }

    /** The check kept beside {@code copy}, or {@link #unchecked()} when there is none (or it cannot be read). */
    public static BackupCheck read(Path copy) {
        Path file = besides(copy);
        if (!Files.isRegularFile(file)) {
            return unchecked();
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
            String made = values.getProperty("made", "");
            String reason = values.getProperty("reason", "");
            return new BackupCheck(Status.valueOf(values.getProperty("status")),
                    made.isEmpty() ? null : LocalDateTime.parse(made), values.getProperty("schema", ""),
                    Long.parseLong(values.getProperty("bookings", "0")),
                    reason.isEmpty() ? null : Reason.valueOf(reason), values.getProperty("problem", ""));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the check of {}: {}", copy, e.getMessage());
            return unchecked();
        }
    }

    /** Keeps this check beside {@code copy} (written aside, then renamed, so a reader never sees half of it). */
    public void writeBeside(Path copy) {
        Properties values = new Properties();
        values.setProperty("status", status.name());
        values.setProperty("made", madeAt == null ? "" : madeAt.toString());
        values.setProperty("schema", schemaVersion);
        values.setProperty("bookings", Long.toString(bookings));
        values.setProperty("reason", reason == null ? "" : reason.name());
        values.setProperty("problem", problem);
        Path file = besides(copy);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "SalonDesk: what a check of " + copy.getFileName() + " found");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the check of " + copy, e);
        }
    }

    /** The file that keeps the check of {@code copy}. */
    public static Path besides(Path copy) {
        return copy.resolveSibling(copy.getFileName() + SUFFIX);
    }

    /** Deletes {@code copy} and its check. */
    static void delete(Path copy) throws IOException {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(besides(copy));
    }

    /** The check as it stands once {@code copy} has been looked at: the kept one, or a new one written beside it. */
    public static BackupCheck of(Path copy, JdbcUrl live) {
        BackupCheck kept = read(copy);
        if (kept.status() != Status.UNCHECKED) {
            return kept;
        }
        BackupCheck found = verify(copy, live, null);
        try {
            found.writeBeside(copy);
        } catch (UncheckedIOException e) {
            // A read-only folder (a copy on a locked stick) still shows what was found; it is checked again next time.
            LOG.warn("Could not keep the check of {}: {}", copy, e.getMessage());
        }
        return found;
    }

    /** Whether the check found the copy good. */
    public boolean verified() {
        return status == Status.VERIFIED;
    }
}
