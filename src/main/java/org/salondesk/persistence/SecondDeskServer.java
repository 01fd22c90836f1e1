package org.salondesk.persistence;

import java.net.InetAddress;

import org.h2.engine.SysProperties;
import org.slf4j.LoggerFactory;

/**
 * The server an embedded database starts for a second desk on the same PC (H2's AUTO_SERVER) listens on this PC's
 * loopback address only. H2 starts it with {@code -tcpAllowOthers} on every address of the PC, so that anyone on the
 * salon's network could reach the database's port; H2 binds its servers to the address in the system property
 * {@code h2.bindAddress}, which it reads once, when its first class loads. So this runs before any H2 class does: first
 * thing in {@code Main}, and again when the first pool opens, for integrations that open a desk themselves.
 */
public final class SecondDeskServer {

    static final String BIND_ADDRESS = "h2.bindAddress";

    private SecondDeskServer() {
    }

    /**
     * Asks H2 to bind its servers to the loopback address, unless the property says another address (an
     * administrator's choice). Java's loopback address is the one "localhost" resolves to first, which is what the
     * second desk reads from the lock file and connects to.
     */
    public static void acceptThisPcOnly() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress());
        }
    }

    /** Whether H2 took the address: false when an H2 class loaded before {@link #acceptThisPcOnly()} ran. */
    static boolean taken() {
        String bound = SysProperties.BIND_ADDRESS;
        if (bound == null) {
            // The logger is asked for only here: Main runs this class before logging is set up for the data folder.
            LoggerFactory.getLogger(SecondDeskServer.class).warn("H2 was loaded before SalonDesk could keep its server"
                    + " to this PC: a second desk's server would"
                    + " listen on every address of the PC");
            return false;
        }
        return true;
    }
}
