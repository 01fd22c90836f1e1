package org.salondesk.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of SalonDesk. {@code --db URL} (or the environment variable SALONDESK_DB) opens any JDBC database
 * instead of the embedded one; {@code --demo} alone starts on a fresh demo salon in a temporary folder, and
 * {@code --db URL --demo} fills that database with the demo salon if it is empty.
 */
public record StartupOptions(Optional<String> databaseUrl, Optional<Path> dataFolder, boolean demo, boolean noDemo,
                             boolean version, boolean selfCheck, boolean help, Optional<String> firstScreen,
                             Optional<KeyCommand> keyCommand, boolean serve, int port, String bind) {

    public static final String ENV_DATABASE = "SALONDESK_DB";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** Options without the booking server (the window, the self-check). */
    public StartupOptions(Optional<String> databaseUrl, Optional<Path> dataFolder, boolean demo, boolean noDemo,
                          boolean version, boolean selfCheck, boolean help, Optional<String> firstScreen) {
        this(databaseUrl, dataFolder, demo, noDemo, version, selfCheck, help, firstScreen, Optional.empty(), false,
                DEFAULT_PORT, DEFAULT_BIND);
    }

    /** Reads the arguments; an unknown or incomplete option is refused with a message saying which. */
    public static StartupOptions parse(String[] args, Map<String, String> environment) {
        Optional<String> url = Optional.ofNullable(environment.get(ENV_DATABASE)).filter(value -> !value.isBlank());
        Optional<Path> folder = Optional.empty();
        boolean demo = false;
        boolean noDemo = false;
        boolean version = false;
        boolean selfCheck = false;
        boolean help = false;
        Optional<String> firstScreen = Optional.empty();
        boolean urlGiven = false;
        Optional<KeyCommand> keyCommand = Optional.empty();
        boolean trusted = false;
        boolean serve = false;
        int port = DEFAULT_PORT;
        String bind = DEFAULT_BIND;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> {
                    url = Optional.of(value(args, ++i, arg));
                    urlGiven = true;
                }
                case "--data-dir" -> folder = Optional.of(Path.of(value(args, ++i, arg)));
                case "--demo" -> demo = true;
                case "--no-demo" -> noDemo = true;
                case "--version" -> version = true;
                case "--self-check" -> selfCheck = true;
                case "--help", "-h" -> help = true;
                case "--open" -> firstScreen = Optional.of(value(args, ++i, arg));
                case "--new-api-key" -> keyCommand = one(keyCommand, KeyCommand.Action.CREATE, value(args, ++i, arg));
                case "--list-api-keys" -> keyCommand = one(keyCommand, KeyCommand.Action.LIST, null);
                case "--revoke-api-key" -> keyCommand = one(keyCommand, KeyCommand.Action.REVOKE,
                        value(args, ++i, arg));
                case "--trusted" -> trusted = true;
                case "--serve" -> serve = true;
                case "--port" -> port = port(value(args, ++i, arg));
                case "--bind" -> bind = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--db=")) {
                        url = Optional.of(arg.substring("--db=".length()));
                        urlGiven = true;
                    } else if (arg.startsWith("--data-dir=")) {
                        folder = Optional.of(Path.of(arg.substring("--data-dir=".length())));
                    } else if (!arg.isBlank()) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    }
                }
            }
        }
        if (demo && noDemo) {
            throw new IllegalArgumentException("--demo and --no-demo cannot be used together");
        }
        if (trusted && keyCommand.map(command -> command.action() != KeyCommand.Action.CREATE).orElse(true)) {
            throw new IllegalArgumentException("--trusted goes with --new-api-key");
        }
        boolean trustedKey = trusted;
        keyCommand = keyCommand.map(command -> new KeyCommand(command.action(), command.name(), trustedKey));
        // --demo alone keeps to its temporary folder even where SALONDESK_DB is set; with --db it fills that database.
        return new StartupOptions(demo && !urlGiven ? Optional.empty() : url, folder, demo, noDemo, version,
                selfCheck, help, firstScreen, keyCommand, serve, port, bind);
    }

    // One command on the API keys a start.
    private static Optional<KeyCommand> one(Optional<KeyCommand> given, KeyCommand.Action action, String name) {
        if (given.isPresent()) {
            throw new IllegalArgumentException("Only one of --new-api-key, --list-api-keys, --revoke-api-key at once");
        }
        return Optional.of(new KeyCommand(action, name, false));
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below, with the option's name
        }
        throw new IllegalArgumentException("--port needs a port from 0 to 65535, not " + text);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    public static String usage() {
        return """
                Usage: SalonDesk [options]
                  --db <jdbc-url>     open this database instead of the embedded one (also: SALONDESK_DB)
                  --data-dir <path>   keep the embedded database, logs and backups in this folder
                  --demo              start on a fresh demo salon in a temporary folder (your data stays untouched);
                                      with --db: fill that database with the demo salon if it is empty
                  --no-demo           do not fill an empty embedded database with the demo salon (a database
                                      server is never filled without --demo; its first start asks for the salon)
                  --open <screen>     open this screen first: calendar (the default), requests, clients,
                                      schedules, tasks, staff, catalog or settings
                  --version           print the version and exit
                  --new-api-key <name> [--trusted]
                                      make an API key for the booking server, print it once and exit
                                      (--trusted: the key may read every booking of a phone)
                  --list-api-keys     list the API keys (never the keys themselves) and exit
                  --revoke-api-key <name>
                                      revoke the live API key of that name and exit
                  --self-check        check the database and the stored bookings, print a report, exit 0 or 1
                  --serve             run the booking server without a window (stops on SIGTERM / Ctrl+C)
                  --port <n>          the booking server's port (default 8080; 0: any free port)
                  --bind <address>    the address it listens on (default 127.0.0.1, this PC only; beyond it, put
                                      TLS in front: a reverse proxy)
                  --help              print this help
                """;
    }
}
