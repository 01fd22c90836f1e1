package org.salondesk.persistence;

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
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was found when a copy of the database was opened read-only straight from its zip: the schema version and the
 * number of bookings, or why it does not open. Kept beside the copy as {@code <copy>.check}, so that the list of
 * copies shows it without opening every copy again, and so that pruning can tell a good copy from a failed one.
 *
 * @param madeAt when the copy was made, as the desk's clock said (null when the copy predates these checks)
 * @param schemaVersion the last migration in the copy ("10"); empty when it failed
 * @param bookings how many bookings the copy holds
 * @param problem why the copy failed, empty when it did not
 */
public record BackupCheck(Status status, LocalDateTime madeAt, String schemaVersion, long bookings, String problem) {

    /** Whether the copy opened and holds the desk's tables. */
    public enum Status { VERIFIED, FAILED, UNCHECKED }

    static final String SUFFIX = ".check";
    private static final Logger LOG = LoggerFactory.getLogger(BackupCheck.class);

    /** A copy nobody has checked yet (made by an older SalonDesk). */
    public static BackupCheck unchecked() {
        return new BackupCheck(Status.UNCHECKED, null, "", 0, "");
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /**
     * Opens {@code copy} read-only, straight from the zip (nothing is unpacked, nothing written), as the user and
     * password of {@code live}, and reads its schema version and booking count.
     */
    public static BackupCheck verify(Path copy, JdbcUrl live, LocalDateTime madeAt) {
        try {
            String name = databaseName(copy);
            String url = "jdbc:h2:zip:" + copy.toAbsolutePath().toString().replace('\\', '/') + "!/" + name
                    + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
            try (Connection connection = DriverManager.getConnection(url, live.user().orElse("sa"),
                    live.password().orElse(""));
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
                return new BackupCheck(Status.VERIFIED, madeAt, schema, bookings, "");
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("The copy {} does not open: {}", copy, Database.rootMessage(e));
            return new BackupCheck(Status.FAILED, madeAt, "", 0, Database.rootMessage(e));
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
        throw new IOException("no database file in " + copy.getFileName());
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
            return new BackupCheck(Status.valueOf(values.getProperty("status")),
                    made.isEmpty() ? null : LocalDateTime.parse(made), values.getProperty("schema", ""),
                    Long.parseLong(values.getProperty("bookings", "0")), values.getProperty("problem", ""));
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
