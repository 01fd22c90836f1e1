package org.salondesk;

import org.salondesk.persistence.Database;

/**
 * The tests' way to the database under a desk, for rows the services would refuse to write and figures no screen
 * shows. Main code has none: screens and start-up see only {@link SalonDesk#databaseLink()}.
 */
public final class DeskInternals {

    private DeskInternals() {
    }

    public static Database database(SalonDesk desk) {
        return desk.database();
    }
}
