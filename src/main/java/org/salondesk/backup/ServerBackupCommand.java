package org.salondesk.backup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.salondesk.persistence.JdbcUrl;

/**
 * The commands that back up and restore a PostgreSQL database, with the connection of the desk's JDBC URL (host,
 * port, database, user; never the password: pg_dump asks for it or reads ~/.pgpass). A server's backups are the
 * server's business, so the desk shows what to run instead of copying the database itself.
 *
 * @param dump the pg_dump command that writes today's dump file
 * @param restore the pg_restore command that puts such a file back
 */
public record ServerBackupCommand(String dump, String restore) {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._@%+=:,/-]+");
    private static final int DEFAULT_PORT = 5432;

    /** The commands for {@code url}, or empty when it is not a PostgreSQL URL. */
    public static Optional<ServerBackupCommand> of(JdbcUrl url, LocalDate today) {
        String value = url.value();
        if (!value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = value.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String host = "localhost";
        int port = DEFAULT_PORT;
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            String authority = slash < 0 ? path.substring(2) : path.substring(2, slash);
            path = slash < 0 ? "" : path.substring(slash + 1);
            // Of several hosts (fail-over) the first is the one to dump from.
            String first = authority.split(",")[0];
            int colon = first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) : first.lastIndexOf(':');
            if (colon >= 0) {
                port = Integer.parseInt(first.substring(colon + 1));
                first = first.substring(0, colon);
            }
            if (!first.isEmpty()) {
                host = first.startsWith("[") ? first.substring(1, first.length() - 1) : first;
            }
        }
        Optional<String> user = url.user();
        String database = URLDecoder.decode(path, StandardCharsets.UTF_8);
        if (database.isEmpty()) {
            // PostgreSQL's own default: the database named as the user.
            database = user.orElse("postgres");
        }
        List<String> connection = new ArrayList<>(List.of("--host=" + quote(host), "--port=" + port));
        user.ifPresent(name -> connection.add("--username=" + quote(name)));
        String file = "salondesk-" + today + ".dump";
        String dump = "pg_dump " + String.join(" ", connection) + " --format=custom --file=" + file + " "
                + quote(database);
        String restore = "pg_restore " + String.join(" ", connection) + " --clean --if-exists --dbname="
                + quote(database) + " " + file;
        return Optional.of(new ServerBackupCommand(dump, restore));
    }

    /** A word as a POSIX shell takes it: as it is when plain, in single quotes otherwise. */
    private static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
