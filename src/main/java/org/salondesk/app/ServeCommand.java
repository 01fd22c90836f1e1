package org.salondesk.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.salondesk.SalonDesk;
import org.salondesk.api.BookingServer;
import org.salondesk.apikey.ApiKeyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --serve}: the booking server without a window, for a server PC. Opens the database as the desk does, serves
 * until SIGTERM (or Ctrl+C), then stops the server and closes the database before the JVM ends.
 */
final class ServeCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private ServeCommand() {
    }

    /** A running booking server and the database it opened; {@link #stop} ends both. */
    record Serving(BookingServer server, SalonDesk desk, int port) {
        void stop() {
            server.stop();
            desk.close();
        }
    }

    /** Opens the database as the desk does and starts the server; prints where it listens. */
    static Serving start(LaunchSettings settings, StartupOptions options, PrintStream out,
                         Function<SalonDesk, ApiKeyCheck> keys) {
        Clock clock = Clock.systemDefaultZone();
        SalonDesk desk = SalonDesk.open(settings.databaseUrl(), clock, true);
        try {
            if (settings.seedDemoIfEmpty()) {
                desk.seedDemoIfEmpty();
            }
            BookingServer server = DeskBookingServer.serverOn(desk, keys.apply(desk), clock);
            int port = server.start(options.port(), options.bind());
            out.println("SalonDesk booking server on http://" + options.bind() + ":" + port + "/api/v1/");
            if (!BookingServer.isLoopback(options.bind())) {
                out.println("Warning: listening beyond this PC without TLS; put a TLS reverse proxy in front of it.");
            }
            return new Serving(server, desk, port);
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    /** Serves until SIGTERM (or Ctrl+C): the shutdown hook stops the server and closes the database. */
    static int run(LaunchSettings settings, StartupOptions options, PrintStream out,
                   Function<SalonDesk, ApiKeyCheck> keys) {
        Serving serving = start(settings, options, out, keys);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.stop();
            LOG.info("The booking server stopped");
            stopped.countDown();
        }, "salondesk-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
