package org.salondesk.guard;

import java.sql.SQLException;

import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.persistence.Database;

/**
 * The one way in for every write that gives or takes a master's time: bookings made, held, moved, reinstated and
 * cancelled, days off, shifts, patterns and breaks, masters and services blocked, services taken from a master. Each
 * runs in one transaction that locks the masters concerned in id order before it decides (see {@link GuardedWrite}),
 * so that two such writes for one master never decide on each other's half-done work (decision 0013).
 * <p>
 * A refusal ({@link SalonDeskException}) thrown once masters are locked undoes what the transaction wrote back to
 * the locks and then commits: H2 2.3 and 2.4 on a file can hand a row lock to two waiting transactions at once when
 * the transaction holding it rolls back (decision 0006). Anything else rolls the whole transaction back.
 */
public final class AvailabilityGuard {

    /** The work of one guarded transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(GuardedWrite write) throws SQLException;
    }

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityLoader loader = new AvailabilityLoader();

    public AvailabilityGuard(Database database, AvailabilityService availability) {
        this.database = database;
        this.availability = availability;
    }

    /** Runs {@code work} in one guarded transaction. */
    public <T> T write(Work<T> work) {
        return transaction(work, false);
    }

    /**
     * As {@link #write}, for a change of the catalogue or the schedules: it raises the catalogue version too, last,
     * so that every desk re-reads what availability keeps in memory.
     */
    public <T> T writeCatalog(Work<T> work) {
        return transaction(work, true);
    }

    private <T> T transaction(Work<T> work, boolean catalog) {
        Object outcome = database.fromTransaction(session -> Database.withConnection(session, connection -> {
            GuardedWrite write = new GuardedWrite(session, connection, availability, loader);
            try {
                T result = work.run(write);
                if (catalog) {
                    session.flush();
                    Database.raiseCatalogVersion(session);
                }
                return result;
            } catch (SalonDeskException refusal) {
                if (!write.undoToLocks()) {
                    throw refusal;
                }
                return new Refused(refusal);
            }
        }));
        if (outcome instanceof Refused refused) {
            throw refused.refusal();
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome;
        return result;
    }

    /** A refusal carried out of a transaction that commits (it has nothing written left). */
    private record Refused(SalonDeskException refusal) {
    }
}
