package org.salondesk.access;

import static org.salondesk.access.Reach.ALL;
import static org.salondesk.access.Reach.NONE;
import static org.salondesk.access.Reach.OWN;

/**
 * The role table of issue 15, one line a kind of work: how far an admin, a receptionist and a master may go. The
 * services name the line they do before they read or write anything; this is the one place the table lives.
 */
public enum Act {
    /** Create, move, cancel bookings and change their status, notes and fields. */
    BOOKINGS(ALL, ALL, OWN),
    /** The request lists by date: New, Today, Week, Month, By date. */
    REQUESTS_BY_DATE(ALL, ALL, OWN),
    /** The request list with no date filter, and its CSV export. */
    REQUESTS_ALL(ALL, NONE, NONE),
    /** Find clients and open their cards (a master: the clients she has served or will serve). */
    CLIENTS_READ(ALL, ALL, OWN),
    /** Create and edit clients. */
    CLIENTS_EDIT(ALL, ALL, NONE),
    /** Block and unblock a client. */
    CLIENTS_BLOCK(ALL, ALL, NONE),
    /** Merge, import and export clients, hand them to operators. */
    CLIENTS_MANAGE(ALL, NONE, NONE),
    /** Tasks: create, edit, done, delete, and the lists. */
    TASKS(ALL, ALL, OWN),
    /** The waiting list: add, list, cancel its entries and book the time found for them. */
    WAITING_LIST(ALL, ALL, NONE),
    /** Read the schedules: weekly hours, patterns, days off, breaks. */
    SCHEDULES_READ(ALL, ALL, OWN),
    /** Change the schedules: weekly hours, dated hours, patterns, copies, of any master. */
    SCHEDULES_EDIT(ALL, NONE, NONE),
    /** Days off and breaks: the admin's for anyone, a master's for herself (breaks only in her free time). */
    OWN_TIME(ALL, NONE, OWN),
    /**
     * Read the catalogue's own lists: categories, services, products, job titles, who provides what (the Catalogue
     * screen).
     */
    CATALOGUE_READ(ALL, ALL, NONE),
    /** Change the catalogue: categories, services, products, job titles, masters and who provides what. */
    CATALOGUE_EDIT(ALL, NONE, NONE),
    /** Check a client out (services, products, discount, tip, payments) and see a day's payments. */
    CHECKOUT(ALL, ALL, NONE),
    /** Refund a payment (a new negative payment). */
    REFUNDS(ALL, NONE, NONE),
    /** The day's close: the drawer's opening cash, cash put in and taken out, counting and closing the day. */
    DAY_CLOSE(ALL, ALL, NONE),
    /** Add money to a day already closed (a late checkout, a refund, cash moved): audited. */
    CLOSED_DAYS(ALL, NONE, NONE),
    /** The reports: revenue, payments, occupancy, no-shows, clients and the masters' pay, and their exports. */
    REPORTS(ALL, NONE, NONE),
    /** Change the branches and their settings. */
    SETTINGS(ALL, NONE, NONE),
    /** Create, list and revoke the booking server's API keys. */
    API_KEYS(ALL, NONE, NONE),
    /** Create, edit, deactivate staff users and set their passwords. */
    STAFF_USERS(ALL, NONE, NONE),
    /** Read and export the audit trail. */
    AUDIT(ALL, NONE, NONE);

    private final Reach admin;
    private final Reach receptionist;
    private final Reach master;

    Act(Reach admin, Reach receptionist, Reach master) {
        this.admin = admin;
        this.receptionist = receptionist;
        this.master = master;
    }

    /** How far {@code role} may go in this line. */
    public Reach reach(StaffRole role) {
        return switch (role) {
            case ADMIN -> admin;
            case RECEPTIONIST -> receptionist;
            case MASTER -> master;
        };
    }

    /** The key of the words naming this work in the refusal ("change the catalogue"). */
    String textKey() {
        return "act." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
