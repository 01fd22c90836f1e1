package org.salondesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a copy back into the live H2 database without closing it: the copy is written out as an SQL script, then one
 * session takes the database for itself ({@code SET EXCLUSIVE 2} closes every other session, this desk's pool and
 * other desks joined through AUTO_SERVER alike, and refuses new ones), drops everything and runs the script. Other
 * desks wait for their next connection and then carry on with the restored data; nobody swaps a file under an open
 * database, and the desk that owns the file need not be the one restoring.
 * <p>
 * The script is not one transaction, so a marker file says a restore is under way until it is complete; a desk that
 * opens the database and finds the marker (the restoring desk died half-way) finishes the restore first.
 */
public final class ScriptRestore {

    /** Beside the copies while a restore runs; other desks read it as "wait, the database is being restored". */
    public static final String MARKER = "restore-in-progress.properties";
    /** The folders (inside the backups folder, where the database's own process can read them) that stage a copy. */
    public static final String STAGING_PREFIX = ".restore-";

    private static final Logger LOG = LoggerFactory.getLogger(ScriptRestore.class);

    private ScriptRestore() {
    }

    /** Writes everything in the database on {@code connection} to {@code script} (zip-compressed SQL). */
    public static void script(Connection connection, Path script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + quoted(script) + "' COMPRESSION ZIP");
        }
    }

    /**
     * Replaces everything in the database at {@code url} with what {@code script} holds, while no other session can
     * read or write; {@code copy} names the copy for the marker. The catalogue version ends above both the old and
     * the restored one, so that every desk re-reads what it keeps in memory. The connections of {@code pool} (this
     * desk's own), closed by the restore, are replaced at once rather than failing once each.
     */
    public static void apply(JdbcUrl url, Path script, String copy, DataSource pool) {
        Path folder = Backups.folder(url).orElseThrow(() ->
                new IllegalStateException("Only an embedded H2 file is restored by SalonDesk"));
        Path marker = folder.resolve(MARKER);
        writeMarker(marker, script, copy);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url.value(), url.user().orElse("sa"),
                url.password().orElse(""));
             Statement statement = connection.createStatement()) {
            statement.execute("SET EXCLUSIVE 2");
            long version = catalogVersion(statement);
            statement.execute("DROP ALL OBJECTS");
            statement.execute("RUNSCRIPT FROM '" + quoted(script) + "' COMPRESSION ZIP");
            try (PreparedStatement raise = connection.prepareStatement(
                    "update catalog_version set version = greatest(version, ?) + 1 where id = 1")) {
                raise.setLong(1, version);
                raise.executeUpdate();
            }
            Files.delete(marker);
            statement.execute("SET EXCLUSIVE 0");
            if (pool instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
            LOG.info("Database restored from {} in {} ms", copy, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore " + copy + ": " + Database.rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a restore of the database whose copies are in {@code folder} is under way (or was cut off). */
    public static boolean underway(Path folder) {
        return Files.exists(folder.resolve(MARKER));
    }

    /**
     * Before the database is used: when a restore was cut off half-way (the marker is still there), it is finished
     * from its script; when the script is gone too, the database is not opened, since it may hold half a copy.
     */
    static void finishInterrupted(JdbcUrl url, Path folder, DataSource pool) {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + marker, e);
        }
        Path script = Path.of(values.getProperty("script", ""));
        String copy = values.getProperty("copy", "?");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("A restore from " + copy + " was cut off and its script " + script
                    + " is gone: restore a copy from " + folder + " by hand (see README, Backups)");
        }
        LOG.warn("A restore from {} was cut off; finishing it from {}", copy, script);
        apply(url, script, copy, pool);
        deleteStaging(script.getParent());
    }

    /** Deletes a staging folder and what it holds (only a folder named as one; anything else is left alone). */
    public static void deleteStaging(Path staging) {
        if (staging == null || !staging.getFileName().toString().startsWith(STAGING_PREFIX)
                || !Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the staging folder {}: {}", staging, e.getMessage());
        }
    }

    private static long catalogVersion(Statement statement) {
        try (ResultSet rows = statement.executeQuery("select version from catalog_version where id = 1")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            // A database without the table (an empty one) has no version to stay above.
            return 0;
        }
    }

    private static void writeMarker(Path marker, Path script, String copy) {
        Properties values = new Properties();
        values.setProperty("script", script.toAbsolutePath().toString());
        values.setProperty("copy", copy);
        try {
            Files.createDirectories(marker.getParent());
            try (OutputStream out = Files.newOutputStream(marker)) {
                values.store(out, "SalonDesk: a restore is under way; it is finished from the script if cut off");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + marker, e);
        }
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }
}
