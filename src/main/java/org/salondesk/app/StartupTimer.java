package org.salondesk.app;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures start-up from the moment the JVM started: to the first frame, and to the calendar filled with data. */
final class StartupTimer {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long firstFrame = -1;

    /** Logged once from Main, so the log shows when the desk's own code began. */
    static void markLaunch() {
        long now = System.currentTimeMillis();
        LoggerFactory.getLogger(StartupTimer.class).info("Starting SalonDesk {}", AppVersion.current());
        LoggerFactory.getLogger(StartupTimer.class).info("Start-up: main entered at {} ms",
                now - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** The JavaFX toolkit is up: the application's start method runs. */
    void toolkitUp() {
        LOG.info("Start-up: FX toolkit up at {} ms", System.currentTimeMillis() - jvmStart);
    }

    /** The first day's bookings and schedules have been read (the calendar lays them out next). */
    void firstDayRead() {
        LOG.info("Start-up: first day read at {} ms", System.currentTimeMillis() - jvmStart);
    }

    void firstFrame() {
        if (firstFrame < 0) {
            firstFrame = System.currentTimeMillis() - jvmStart;
            LOG.info("Start-up: first frame after {} ms", firstFrame);
        }
    }

    void databaseOpen(long millis, boolean seeded) {
        LOG.info("Start-up: demo-salon check/fill done at {} ms; database ready in {} ms{}",
                System.currentTimeMillis() - jvmStart, millis, seeded ? " (demo salon created)" : "");
    }

    void calendarFilled(int bookings, int masters, boolean mappingStarted) {
        LOG.info("Start-up: calendar filled after {} ms ({} masters, {} bookings on screen{})",
                System.currentTimeMillis() - jvmStart, masters, bookings,
                mappingStarted ? "; Hibernate was asked for before it" : "");
    }
}
