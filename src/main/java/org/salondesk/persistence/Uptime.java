package org.salondesk.persistence;

import java.lang.management.ManagementFactory;

/** Milliseconds since this JVM started: the clock of the start-up profile that the log shows, phase by phase. */
public final class Uptime {

    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

    private Uptime() {
    }

    public static long millis() {
        return System.currentTimeMillis() - JVM_START;
    }
}
