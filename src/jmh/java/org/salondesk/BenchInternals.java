package org.salondesk;

import org.salondesk.persistence.Database;

/**
 * The benchmarks' way to the database under a desk, to fill it fast and read figures no screen shows. It lives with
 * the benchmarks (built only with {@code -Pbench}): the app itself has none.
 */
public final class BenchInternals {

    private BenchInternals() {
    }

    public static Database database(SalonDesk desk) {
        return desk.database();
    }
}
