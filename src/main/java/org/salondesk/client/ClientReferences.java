package org.salondesk.client;

import org.hibernate.Session;

/**
 * Rows of another feature that name a client (bookings, tasks). When two records of one person are merged, the
 * feature that owns those rows moves them to the kept record, in the merge's own transaction, with its own rules and
 * history: the client feature writes no other feature's table.
 */
@FunctionalInterface
public interface ClientReferences {

    /** Moves every row that names the merged record to the kept one. */
    void moveClient(Session session, Merge merge);

    /** Two records of one person, each as a history line names it ("Анна Смирнова, +7 916 123-45-67"). */
    record Merge(long mergedId, String merged, long keptId, String kept) {
    }
}
