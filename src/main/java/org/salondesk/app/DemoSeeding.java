package org.salondesk.app;

import java.time.Clock;

import org.salondesk.SalonDesk;

/** Fills an empty database with the demo salon. */
final class DemoSeeding {

    private DemoSeeding() {
    }

    static boolean seedIfEmpty(SalonDesk desk, Clock clock) {
        return false;
    }
}
