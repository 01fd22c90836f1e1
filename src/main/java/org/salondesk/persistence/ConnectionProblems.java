package org.salondesk.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * Why a database cannot be reached, in the user's words: an address SalonDesk does not know, a server that does not
 * answer, a refused user or password, a database that does not exist, or a connection lost while the desk runs. Works
 * on plain JDBC and logs nothing, so that a start refused here writes no file at all (the log lives in the data
 * folder, which is made only after this check).
 */
public final class ConnectionProblems {

    /** SQL states of a connection that cannot be made or was cut (class 08), or a server shutting down. */
    private static final Set<String> CUT = Set.of("57P01", "57P02", "57P03");
    /** Invalid authorization (PostgreSQL 28000 and 28P01; H2 28000). */
    private static final String LOGIN_CLASS = "28";
    /** PostgreSQL's "database does not exist"; H2's "database not found" (with and without IFEXISTS). */
    private static final Set<String> NO_DATABASE = Set.of("3D000", "90013", "90146");
    /** H2's "connection is broken" (a TCP server that is down or gone). */
    private static final String H2_BROKEN = "90067";
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private ConnectionProblems() {
    }

    /**
     * Checks that {@code url} is a JDBC address of an engine SalonDesk works on (H2 or PostgreSQL) and that its driver
     * reads it; refused with INVALID_ARGUMENT ("not a database address SalonDesk knows") otherwise.
     */
    public static JdbcUrl known(String url) {
        JdbcUrl parsed;
        try {
            parsed = JdbcUrl.of(url == null ? "" : url.strip());
            parsed.engine();
            Driver driver = DriverManager.getDriver(parsed.value());
            // The driver reads the address as it will connect (PostgreSQL's refuses a port that is not a number).
            if (!driver.acceptsURL(parsed.value())) {
                throw new IllegalArgumentException(url);
            }
        } catch (IllegalArgumentException | SQLException e) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.connect.url", masked(url));
        }
        return parsed;
    }

    /**
     * Opens and closes one connection to a database server, so that a wrong address, password or database is said in
     * words before anything is created. Embedded H2 databases are not tried: opening one creates it, as a first start
     * should.
     */
    public static void tryConnect(JdbcUrl url) {
        if (url.isEmbedded()) {
            return;
        }
        Properties properties = new Properties();
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        if (url.engine().equals("postgresql")) {
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        }
        try (Connection connection = DriverManager.getConnection(url.value(), properties)) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw atStart(e, url).orElseGet(() -> new SalonDeskException(ErrorCode.STORAGE, e, "error.storage.open",
                    url.describe(), Database.rootMessage(e)));
        }
    }

    /** A failure to open {@code url}, said in words when it is one of the connection problems above. */
    public static Optional<SalonDeskException> atStart(Throwable failure, JdbcUrl url) {
        String state = sqlState(failure);
        Server server = Server.of(url);
        if (state != null && state.startsWith(LOGIN_CLASS)) {
            return Optional.of(new SalonDeskException(ErrorCode.STORAGE, failure, "error.connect.login",
                    server.address(), url.user().orElse("")));
        }
        if (state != null && NO_DATABASE.contains(state)) {
            return Optional.of(new SalonDeskException(ErrorCode.STORAGE, failure, "error.connect.noDatabase",
                    server.address(), server.database()));
        }
        if (cut(failure)) {
            return Optional.of(new SalonDeskException(ErrorCode.STORAGE, failure, "error.connect.unreachable",
                    server.address()));
        }
        return Optional.empty();
    }

    /**
     * A failure of work on an open database: when it is a lost connection, the coded CONNECTION_LOST refusal that
     * says so; otherwise empty (the caller maps it as before).
     */
    public static Optional<SalonDeskException> lost(Throwable failure, JdbcUrl url) {
        if (failure instanceof SalonDeskException refusal) {
            return refusal.code() == ErrorCode.CONNECTION_LOST ? Optional.of(refusal) : Optional.empty();
        }
        if (!cut(failure)) {
            return Optional.empty();
        }
        return Optional.of(new SalonDeskException(ErrorCode.CONNECTION_LOST, failure, "error.connect.lost",
                Server.of(url).address()));
    }

    /** The server an address names, as messages write it ("db.salon.local:5432"). */
    public static String server(JdbcUrl url) {
        return Server.of(url).address();
    }

    /** Whether {@code failure} comes from a connection that could not be made or was cut. */
    static boolean cut(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof ConnectException || at instanceof UnknownHostException
                    || at instanceof NoRouteToHostException || at instanceof SocketTimeoutException) {
                return true;
            }
            if (at instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || CUT.contains(state) || state.equals(H2_BROKEN))) {
                    return true;
                }
                // The pool gave up waiting: a lost server when it could not connect (a cause or a state says so);
                // a pool that is merely busy has neither.
                if (sql instanceof SQLTransientConnectionException && sql.getCause() != null && cut(sql.getCause())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String masked(String url) {
        return url == null ? "" : url.strip().replaceAll("(?i)(password=)[^&;]*", "$1*****");
    }

    /** The server and database an address names, for messages ("db.salon.local:5432", "salondesk"). */
    record Server(String address, String database) {

        static Server of(JdbcUrl url) {
            if (url.engine().equals("postgresql")) {
                return postgresql(url.value().substring("jdbc:postgresql:".length()));
            }
            String value = url.value();
            String lower = value.toLowerCase(Locale.ROOT);
            for (String prefix : new String[]{"jdbc:h2:tcp://", "jdbc:h2:ssl://"}) {
                if (lower.startsWith(prefix)) {
                    String rest = value.substring(prefix.length());
                    int slash = rest.indexOf('/');
                    String host = slash < 0 ? rest : rest.substring(0, slash);
                    String path = slash < 0 ? "" : rest.substring(slash + 1);
                    int options = path.indexOf(';');
                    return new Server(host.contains(":") ? host : host + ":9092",
                            options < 0 ? path : path.substring(0, options));
                }
            }
            return new Server(url.describe(), url.describe());
        }

        /** {@code //host[:port][,host[:port]…]/database[?…]}, or just {@code database} on localhost:5432. */
        private static Server postgresql(String rest) {
            int query = rest.indexOf('?');
            String path = query < 0 ? rest : rest.substring(0, query);
            if (!path.startsWith("//")) {
                return new Server("localhost:5432", path);
            }
            int slash = path.indexOf('/', 2);
            String hosts = slash < 0 ? path.substring(2) : path.substring(2, slash);
            String database = slash < 0 ? "" : path.substring(slash + 1);
            StringBuilder address = new StringBuilder();
            for (String host : hosts.split(",")) {
                boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
                address.append(address.length() == 0 ? "" : ", ").append(host.isEmpty() ? "localhost" : host)
                        .append(hasPort ? "" : ":5432");
            }
            return new Server(address.toString(), database);
        }
    }
}
