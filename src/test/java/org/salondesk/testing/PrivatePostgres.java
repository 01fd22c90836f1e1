package org.salondesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of one test's own (zonky's embedded binaries, as {@link TestPostgres}), for what the shared one
 * cannot do: refuse a wrong password (its users sign in with one, as on a salon's server), and stop and start again
 * under a running desk (same folder, same port). Desks sign in as {@link #USER}.
 */
public final class PrivatePostgres implements AutoCloseable {

    public static final String USER = "desk";
    public static final String PASSWORD = "right-password";

    private final Path folder;
    private final int port;
    private EmbeddedPostgres server;

    private PrivatePostgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Starts a server with its data in {@code folder} on a free port, with the user {@link #USER}. */
    public static PrivatePostgres start(Path folder) {
        PrivatePostgres postgres = new PrivatePostgres(folder, freePort());
        postgres.startAgain();
        postgres.execute("create role " + USER + " login password '" + PASSWORD + "'");
        return postgres;
    }

    /** A port nobody listens on now (no server is started on it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty database owned by {@link #USER}; answers its desk URL. */
    public String createDatabase(String name) {
        execute("create database " + name + " owner " + USER);
        return url(name);
    }

    /** The desk's URL of a database on this server (user and password in it, as README shows). */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + USER + "&password=" + PASSWORD;
    }

    public int port() {
        return port;
    }

    /** Stops the server as an administrator would (fast: open sessions are ended, their transactions rolled back). */
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The private PostgreSQL server did not stop", e);
        }
    }

    /** Starts the server again on the same data and port. */
    public void startAgain() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(folder.resolve("data"))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "off")
                    // Only the superuser (the harness) signs in without a password; everyone else needs one.
                    .setDataDirectoryCustomizer(data -> writeHba(data.toPath()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The private PostgreSQL server did not start", e);
        }
    }

    private static void writeHba(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
