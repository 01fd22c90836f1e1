package org.salondesk.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL as SalonDesk opens it. An embedded H2 file always gets {@code WRITE_DELAY=0}, so that a commit is on
 * disk before the desk says "saved" (H2's default of 500 ms could lose an acknowledged booking on a kill), and every
 * H2 URL turns off H2's reuse of cached query results, which can be stale across concurrent commits.
 */
public final class JdbcUrl {

    private static final Pattern USER = Pattern.compile("[?&]user=([^&]*)");
    private static final Pattern PASSWORD = Pattern.compile("[?&]password=([^&]*)");

    private final String value;

    private JdbcUrl(String value) {
        this.value = value;
    }

    /** The URL as given, with SalonDesk's durability settings added to an H2 file database. */
    public static JdbcUrl of(String url) {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("Not a JDBC URL: " + url);
        }
        String value = url;
        String upper = url.toUpperCase(Locale.ROOT);
        if (isH2File(url) && !upper.contains("WRITE_DELAY")) {
            value = value + ";WRITE_DELAY=0";
        }
        // Desks racing for one master wait for her row lock; H2's default of one second is too short under load.
        if (upper.startsWith("JDBC:H2:") && !upper.contains("LOCK_TIMEOUT")) {
            value = value + ";LOCK_TIMEOUT=10000";
        }
        // H2 2.3 may answer a repeated query from its per-connection result cache with rows from before another
        // desk's commit (h2database issues #3894, #4208): a booking re-checked under the master's lock would miss
        // the booking just committed and double-book her. Correct answers matter more than the cache.
        if (upper.startsWith("JDBC:H2:") && !upper.contains("OPTIMIZE_REUSE_RESULTS")) {
            value = value + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        }
        return new JdbcUrl(value);
    }

    /**
     * The default desk database: an H2 file in the data folder, shared through H2's AUTO_SERVER mode so that a
     * second SalonDesk started on the same PC joins the first instead of failing on the file lock.
     */
    public static JdbcUrl embeddedIn(Path dataFolder) {
        String file = dataFolder.resolve("salondesk").toAbsolutePath().toString().replace('\\', '/');
        return of("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE");
    }

    private static boolean isH2File(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
    }

    public String value() {
        return value;
    }

    public boolean isH2() {
        return value.startsWith("jdbc:h2:");
    }

    /** The engine's name as the migration folders spell it: {@code h2} or {@code postgresql}. */
    public String engine() {
        if (isH2()) {
            return "h2";
        }
        if (value.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new IllegalArgumentException("SalonDesk works on H2 or PostgreSQL, not on " + display());
    }

    /** An H2 database inside this process (file or memory), as opposed to a server. */
    public boolean isEmbedded() {
        return isH2() && !value.startsWith("jdbc:h2:tcp:") && !value.startsWith("jdbc:h2:ssl:");
    }

    public Optional<String> user() {
        Optional<String> inUrl = parameter(USER);
        return inUrl.isPresent() || !isH2() ? inUrl : Optional.of("sa");
    }

    /**
     * The password: the one in the URL; for an embedded H2 file without one, its own kept beside it
     * ({@link DatabasePassword}), if it has one yet.
     */
    public Optional<String> password() {
        Optional<String> inUrl = passwordInUrl();
        return inUrl.isPresent() ? inUrl : h2File().flatMap(DatabasePassword::read);
    }

    /** The password the URL itself names, if any. */
    Optional<String> passwordInUrl() {
        return parameter(PASSWORD);
    }

    private Optional<String> parameter(Pattern pattern) {
        Matcher matcher = pattern.matcher(value);
        return matcher.find() ? Optional.of(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** What people see of the database: the file of an embedded H2, or the URL without its password. */
    public String describe() {
        if (isH2File(value)) {
            return h2FileName() + " (H2)";
        }
        return display();
    }

    /**
     * The embedded H2 file's base path as H2 sees it ({@code <path>.mv.db} on disk), for backups; empty for memory,
     * server and other databases.
     */
    public Optional<Path> h2File() {
        if (!isH2File(value)) {
            return Optional.empty();
        }
        String name = h2FileName();
        // H2 reads a leading ~ as the user's home folder.
        return Optional.of(name.startsWith("~") ? Path.of(System.getProperty("user.home") + name.substring(1))
                : Path.of(name).toAbsolutePath());
    }

    private String h2FileName() {
        String path = value.substring("jdbc:h2:".length());
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        int options = path.indexOf(';');
        return options < 0 ? path : path.substring(0, options);
    }

    /** The URL with any password masked, for logs and the About box. */
    public String display() {
        return value.replaceAll("(?i)(password=)[^&;]*", "$1*****");
    }

    @Override
    public String toString() {
        return display();
    }
}
