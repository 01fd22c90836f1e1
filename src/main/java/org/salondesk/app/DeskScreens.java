package org.salondesk.app;

import java.util.List;
import java.util.Set;

import org.salondesk.access.StaffRole;

/** The desk's screens, in the order of the navigation, and which of them each role does not see. */
final class DeskScreens {

    static final String CALENDAR = "calendar";
    static final String REQUESTS = "requests";
    static final String CLIENTS = "clients";
    static final String SCHEDULES = "schedules";
    static final String TASKS = "tasks";
    static final String WAITLIST = "waitlist";
    static final String MYTIME = "mytime";
    static final String DAYCLOSE = "dayclose";
    static final String STAFF = "staff";
    static final String CATALOG = "catalog";
    static final String SETTINGS = "settings";
    static final String AUDIT = "audit";
    static final String REPORTS = "reports";
    /** The screens, in the order of the navigation. */
    static final List<String> ALL = List.of(CALENDAR, REQUESTS, CLIENTS, SCHEDULES, TASKS, WAITLIST, MYTIME, DAYCLOSE, REPORTS,
            STAFF, CATALOG, SETTINGS, AUDIT);

    private DeskScreens() {
    }

    /**
     * The screens a role does not see: staff accounts, settings, the audit trail and the reports are the admin's, the
     * catalogue and the day's close not a master's; a master keeps her own time in My time (a master's only) instead
     * of the Schedules screen. The application refuses what a role may not do anyway; hiding only keeps the desk tidy.
     */
    static Set<String> hiddenFrom(StaffRole role) {
        return switch (role) {
            case ADMIN -> Set.of(MYTIME);
            case RECEPTIONIST -> Set.of(STAFF, SETTINGS, MYTIME, AUDIT, REPORTS);
            case MASTER -> Set.of(SCHEDULES, WAITLIST, DAYCLOSE, STAFF, CATALOG, SETTINGS, AUDIT, REPORTS);
        };
    }
}
