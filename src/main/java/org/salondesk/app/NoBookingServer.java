package org.salondesk.app;

import org.salondesk.apikey.BookingServerSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the booking server until org.salondesk.api is wired in its place (see AppWiring): it only remembers
 * whether it was switched on, and serves nothing.
 */
final class NoBookingServer implements BookingServerSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(NoBookingServer.class);

    private volatile boolean running;

    @Override
    public void start(int port) {
        LOG.info("The booking server would start on port {} (not wired in this build)", port);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
