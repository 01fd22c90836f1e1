package org.salondesk.apikey;

/**
 * Turns the booking server of this desk app on and off: Settings → Online booking and the desk's start-up call it;
 * the server itself (org.salondesk.api) implements it. Start refuses with a SalonDeskException when the port is taken.
 */
public interface BookingServerSwitch {

    void start(int port);

    void stop();

    boolean isRunning();
}
