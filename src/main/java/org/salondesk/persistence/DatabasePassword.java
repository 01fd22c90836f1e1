package org.salondesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's own password, instead of H2's empty one for {@code sa}: random, made the first time the
 * database is opened by this version, kept beside the file as {@code <name>.password} (owner-only, like the
 * database), and read by everything that opens the file ({@link JdbcUrl#password()}). A database still on the empty
 * password (made by an older SalonDesk, or a copy of one) is switched to it on its first open, nothing else changed;
 * copies made before the switch keep the empty password and are opened with either ({@link #connect}); a second
 * folder of copies keeps the password beside them, for a new PC.
 */
public final class DatabasePassword {

    static final String SUFFIX = ".password";
    /** The database file's base name, whose password a folder of copies keeps as {@code salondesk.password}. */
    private static final String DATABASE = "salondesk";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(DatabasePassword.class);

    private DatabasePassword() {
    }

    /** The password kept beside the H2 file {@code h2File}, if there is one. */
    static Optional<String> read(Path h2File) {
        Path file = fileOf(h2File);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database's password from " + file, e);
        }
    }

    /**
     * Before the database at {@code url} opens: an embedded file whose URL names no password gets one beside it (a
     * new file is then created with it by H2). Does nothing for a database that already has its password file.
     */
    static void prepare(JdbcUrl url) {
        if (url.passwordInUrl().isPresent() || url.h2File().isEmpty() || read(url.h2File().get()).isPresent()) {
            return;
        }
        write(url.h2File().get(), random());
    }

    /**
     * After H2 refused the password of {@code url} ({@code refused}): when the file still has the empty one (an older
     * SalonDesk's, or an old copy's put back), switches it to the password kept beside it and answers true, so that
     * the caller opens it again. Anything else stays refused (false).
     */
    static boolean switchFromEmpty(JdbcUrl url, Throwable refused) {
        if (!wrongPassword(refused) || url.passwordInUrl().isPresent() || url.h2File().isEmpty()) {
            return false;
        }
        Optional<String> password = read(url.h2File().get());
        if (password.isEmpty()) {
            return false;
        }
        String user = url.user().orElse("sa");
        try (Connection connection = DriverManager.getConnection(url.value(), user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(alterUser(user, password.get()));
            LOG.info("The database {} now has its own password (it had the empty one)", url.describe());
            return true;
        } catch (SQLException e) {
            LOG.warn("The database {} refused its password and the empty one: {}", url.describe(), e.getMessage());
            return false;
        }
    }

    /**
     * A connection to the H2 file at {@code url} (a copy, unpacked from {@code copy}), as {@code live}'s user: with
     * {@code live}'s password; for a copy from another PC, the password kept beside the copies where it lies (a second
     * folder holds its desk's, {@link #keepBeside}); for a copy made before the switch, the empty one.
     */
    public static Connection connect(String url, JdbcUrl live, Path copy) throws SQLException {
        String user = live.user().orElse("sa");
        Set<String> passwords = new LinkedHashSet<>();
        live.password().ifPresent(passwords::add);
        Path folder = copy.toAbsolutePath().getParent();
        if (folder != null) {
            read(folder.resolve(DATABASE)).ifPresent(passwords::add);
        }
        passwords.add("");
        SQLException refused = null;
        for (String password : passwords) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (e.getErrorCode() != WRONG_PASSWORD) {
                    throw e;
                }
                refused = e;
            }
        }
        throw refused;
    }

    /**
     * Beside copies in a folder away from the data folder (a second folder, a stick): {@code live}'s password, so
     * that a copy there still opens on a new PC when this one is gone.
     */
    public static void keepBeside(Path folder, JdbcUrl live) {
        live.password().filter(password -> !password.isEmpty())
                .ifPresent(password -> write(folder.resolve(DATABASE), password));
    }

    /**
     * Makes the H2 file at {@code h2File} (a copy unpacked for a check) open with {@code live}'s password, as the
     * live database does: a copy made before the switch gets it now, and the file beside it says so.
     */
    public static void adopt(Path h2File, JdbcUrl live, Path copy) throws SQLException {
        Optional<String> password = live.password().filter(value -> !value.isEmpty());
        if (password.isEmpty()) {
            return;
        }
        String url = "jdbc:h2:file:" + h2File.toAbsolutePath().toString().replace('\\', '/') + ";IFEXISTS=TRUE";
        String user = live.user().orElse("sa");
        try (Connection connection = connect(url, live, copy); Statement statement = connection.createStatement()) {
            statement.execute(alterUser(user, password.get()));
        }
        write(h2File, password.get());
    }

    /** The statement that gives {@code user} the password; ours are Base64url, anything else is refused. */
    private static String alterUser(String user, String password) {
        if (!password.matches("[A-Za-z0-9_-]+") || !user.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("The database's password file holds something SalonDesk did not write");
        }
        return "ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD '" + password + "'";
    }

    private static boolean wrongPassword(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == WRONG_PASSWORD) {
                return true;
            }
        }
        return false;
    }

    private static Path fileOf(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + SUFFIX);
    }

    /** Written owner-only before it holds the password, then moved into place whole. */
    private static void write(Path h2File, String password) {
        Path file = fileOf(h2File);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(partial);
            Files.createFile(partial);
            OwnerOnly.tightenFile(partial);
            Files.writeString(partial, password, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database's password in " + file, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
