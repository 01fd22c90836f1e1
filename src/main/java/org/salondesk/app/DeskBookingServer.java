package org.salondesk.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.api.BookingServer;
import org.salondesk.apikey.ApiKeyCheck;
import org.salondesk.apikey.BookingServerSwitch;
import org.salondesk.persistence.JdbcUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking server inside the desk app (Settings → Online booking). It runs on a SalonDesk of its own on the same
 * database, so that it acts as the online channel and never as whoever is signed in at this desk; the window sees
 * what it books through the change feed, as it sees another desk's bookings (decision 0027).
 */
final class DeskBookingServer implements BookingServerSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBookingServer.class);
    private static final String THIS_PC = "127.0.0.1";

    private final JdbcUrl url;
    private final Clock clock;
    private SalonDesk own;
    private BookingServer server;

    DeskBookingServer(JdbcUrl url, Clock clock) {
        this.url = url;
        this.clock = clock;
    }

    @Override
    public synchronized void start(int port) {
        if (server != null) {
            return;
        }
        refuseTaken(port);
        SalonDesk opened = SalonDesk.open(url, clock, false);
        try {
            BookingServer started = serverOn(opened, opened.apiKeys(), clock);
            started.start(port, THIS_PC);
            own = opened;
            server = started;
        } catch (RuntimeException e) {
            opened.close();
            throw e instanceof SalonDeskException ? e
                    : new SalonDeskException(ErrorCode.ILLEGAL_STATE, e, "error.server.start", port);
        }
    }

    /**
     * The booking server of {@code desk}, in the app or headless ({@code --serve}): its leases last the salon's lease
     * minutes (Settings → Online booking) unless a request asks otherwise.
     */
    static BookingServer serverOn(SalonDesk desk, ApiKeyCheck keys, Clock clock) {
        return new BookingServer(desk.booking(), desk.waitingList(), keys, clock, () -> desk.onlineBooking().read().leaseMinutes() * 60);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            own.close();
            server = null;
            own = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    // Said in the salon's words before the database is opened for nothing.
    private static void refuseTaken(int port) {
        try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getByName(THIS_PC))) {
            LOG.debug("Port {} is free for the booking server", free.getLocalPort());
        } catch (IOException taken) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, taken, "error.server.portTaken", port);
        }
    }
}
