package org.salondesk.guard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BranchSettings;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.Occupation;

/**
 * One transaction of the {@link AvailabilityGuard}: it locks the masters concerned, then reads their time again on
 * its own connection (never from a snapshot kept in memory) and decides with the one rule set, {@link FreeTime} and
 * {@link Occupation}. Whatever waited for a lock sees what the holder committed.
 */
public final class GuardedWrite {

    private final Session session;
    private final Connection connection;
    private final AvailabilityService availability;
    private final AvailabilityLoader loader;
    private final TreeSet<Long> locked = new TreeSet<>();
    private final Set<Long> resourcesLocked = new HashSet<>();
    private boolean lockTaken;
    private Savepoint afterLocks;

    GuardedWrite(Session session, Connection connection, AvailabilityService availability,
                 AvailabilityLoader loader) {
        this.session = session;
        this.connection = connection;
        this.availability = availability;
        this.loader = loader;
    }

    public Session session() {
        return session;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Locks the masters' rows in ascending id order, so that two transactions never wait for each other crosswise.
     * Everyone concerned is locked at once, before anything is decided or written: a later call may only name
     * masters already locked (a move decided inside a schedule change, say).
     */
    public void lock(Collection<Long> masterIds) throws SQLException {
        List<Long> wanted = masterIds.stream().filter(id -> !locked.contains(id)).sorted().distinct().toList();
        boolean first = !lockTaken;
        lockTaken = true;
        if (wanted.isEmpty()) {
            return;
        }
        if (!first) {
            throw new IllegalStateException("Masters " + wanted + " locked after " + locked + ": lock all at once");
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from employee where id = ? for update")) {
            for (Long id : wanted) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                }
                locked.add(id);
            }
        }
        // Everything written from here on can be undone without letting go of the locks.
        afterLocks = connection.setSavepoint();
    }

    /** Locks the master of a booking (and {@code others}) and returns her id, read again under the lock. */
    public long lockBookingMaster(long bookingId, Collection<Long> others) throws SQLException {
        long master = bookingMaster(bookingId);
        lock(concat(master, others));
        long now = bookingMaster(bookingId);
        if (now != master && !locked.contains(now)) {
            // Moved to another master while this one waited: look again rather than decide on a master not held.
            throw new SalonDeskException(ErrorCode.CONCURRENT_CHANGE, "error.concurrentChange");
        }
        return now;
    }

    /** Whether the master's row is locked by this transaction. */
    public boolean holds(long masterId) {
        return locked.contains(masterId);
    }

    /** The branch as availability sees it now, on this transaction's connection (eligibility, settings). */
    public AvailabilityReading reading(long branchId) throws SQLException {
        return availability.reading(connection, branchId);
    }

    /** The locked masters' schedules for [from, to], read on this connection. */
    public Map<Long, MasterSchedule> schedules(long branchId, LocalDate from, LocalDate to) throws SQLException {
        requireLocks();
        if (locked.isEmpty()) {
            return Map.of();
        }
        Map<Long, MasterSchedule> all = loader.schedules(connection, branchId,
                locked.size() == 1 ? locked.first() : null, from, to);
        return all.entrySet().stream().filter(entry -> locked.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The locked masters' free time over [from, to]: their schedules, bookings and live holds read on this
     * connection, after the locks; {@code ignored} do not count (the booking being moved, the hold being used). What
     * the branch's bookings take of its resources is read too: a write that takes a resource locks them first
     * ({@link #lockResources}).
     */
    public FreeTime time(long branchId, LocalDate from, LocalDate to, Occupation... ignored) throws SQLException {
        requireLocks();
        List<Occupation> occupations = locked.isEmpty() ? List.of() : loader.occupations(connection, branchId,
                locked.size() == 1 ? locked.first() : null, from, to, true);
        Map<Long, Integer> resources = loader.resources(connection, branchId);
        List<Occupation> users = resources.isEmpty() ? List.of()
                : loader.resourceUsers(connection, branchId, from, to);
        BranchSettings branch = branch(branchId);
        return new FreeTime(schedules(branchId, from, to), occupations, users, resources, availability.instant(),
                branch.zone(), branch.leadMinutes(), branch.bookingDaysAhead(), List.of(ignored));
    }

    /**
     * Locks all of the branch's resource rows, in id order and after the masters', once per transaction: a write that
     * takes a resource calls it before it reads the time, so two masters' bookings racing for the one massage room
     * are decided one after the other (decision 0033). All at once, so two such writes never wait crosswise; writes
     * that take no resource never wait for it.
     */
    public void lockResources(long branchId) throws SQLException {
        requireLocks();
        if (!resourcesLocked.add(branchId)) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from resource where branch_id = ? order by id for update")) {
            statement.setLong(1, branchId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
        }
    }

    /** The locked masters' working time over [from, to] (their bookings left out), read on this connection. */
    public FreeTime workingTime(long branchId, LocalDate from, LocalDate to) throws SQLException {
        return freeTime(branchId, from, to, List.of());
    }

    /** Today on the branch's clock. */
    public LocalDate today(long branchId) throws SQLException {
        return availability.today(branch(branchId));
    }

    /**
     * Undoes everything written since the masters were locked (a look at what a change would do), keeping the
     * locks: the transaction then ends with a commit that writes nothing.
     */
    public void undoWrites() throws SQLException {
        if (afterLocks == null) {
            throw new IllegalStateException("Nothing to undo to: no master is locked");
        }
        session.clear();
        connection.rollback(afterLocks);
    }

    private FreeTime freeTime(long branchId, LocalDate from, LocalDate to, List<Occupation> occupations,
                              Occupation... ignored) throws SQLException {
        BranchSettings branch = branch(branchId);
        return new FreeTime(schedules(branchId, from, to), occupations, availability.instant(), branch.zone(),
                branch.leadMinutes(), branch.bookingDaysAhead(), List.of(ignored));
    }

    private BranchSettings branch(long branchId) throws SQLException {
        return loader.branch(connection, branchId).orElseThrow(
                () -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId));
    }

    /**
     * Undoes what was written since the masters were locked, keeping the locks, so that the transaction can end
     * with a commit. False when no master was locked: then a plain rollback is as good.
     */
    boolean undoToLocks() {
        if (afterLocks == null) {
            return false;
        }
        session.clear();
        try {
            connection.rollback(afterLocks);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void requireLocks() {
        if (!lockTaken) {
            throw new IllegalStateException("Lock the masters before reading their time");
        }
    }

    private long bookingMaster(long bookingId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select employee_id from booking where id = ?")) {
            statement.setLong(1, bookingId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.booking.notFound", bookingId);
                }
                return rows.getLong(1);
            }
        }
    }

    private static Set<Long> concat(long first, Collection<Long> others) {
        Set<Long> all = new TreeSet<>(others);
        all.add(first);
        return all;
    }
}
