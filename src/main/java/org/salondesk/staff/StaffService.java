package org.salondesk.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.access.StaffRole;
import org.salondesk.audit.AuditTrail;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.catalog.Master;
import org.salondesk.persistence.Database;

/**
 * The people who work the desk: admins, receptionists and masters (each master linked to her master record), who
 * is active, and who is on shift today as the schedules say.
 */
public final class StaffService {

    private final Database database;
    private final AvailabilityService availability;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final SignIns signIns;

    public StaffService(Database database, AvailabilityService availability, Clock clock, CurrentStaff currentStaff,
                        AuditTrail audit) {
        this.database = database;
        this.availability = availability;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.signIns = new SignIns(database, clock, audit);
    }

    public long create(StaffForm form) {
        currentStaff.require(Act.STAFF_USERS);
        StaffForm checked = form.checked();
        return database.fromTransaction(session -> {
            requireFree(session, checked.login(), null);
            requireMaster(session, checked.masterId());
            StaffUser user = new StaffUser(checked.login(), checked.displayName(), checked.role(),
                    checked.masterId(), clock.instant());
            session.persist(user);
            session.flush();
            return user.getId();
        });
    }

    public void update(long staffUserId, StaffForm form) {
        currentStaff.require(Act.STAFF_USERS);
        StaffForm checked = form.checked();
        database.inTransaction(session -> {
            StaffUser user = existing(session, staffUserId);
            requireFree(session, checked.login(), staffUserId);
            requireMaster(session, checked.masterId());
            user.setLogin(checked.login());
            user.setDisplayName(checked.displayName());
            user.setRole(checked.role());
            user.setMasterId(checked.masterId());
        });
    }

    /** A staff user who leaves is made inactive, never deleted: what she did keeps her name. */
    public void setActive(long staffUserId, boolean active) {
        currentStaff.require(Act.STAFF_USERS);
        database.inTransaction(session -> existing(session, staffUserId).setActive(active));
    }

    /**
     * Sets the staff user's password (an admin for anyone, anyone for herself), kept only as its Argon2id hash. The
     * {@code password} array is wiped, whatever the outcome.
     */
    public void setPassword(long staffUserId, char[] password) {
        setSecret(staffUserId, password, Passwords::requireStrongEnough, StaffUser::setPasswordHash);
    }

    /**
     * Sets the staff user's PIN of 4–6 digits for quick switching (an admin for anyone, anyone for herself), kept only
     * as its Argon2id hash; it signs her in only while the salon allows PINs. The {@code pin} array is wiped.
     */
    public void setPin(long staffUserId, char[] pin) {
        setSecret(staffUserId, pin, Passwords::requirePin, StaffUser::setPinHash);
    }

    private void setSecret(long staffUserId, char[] secret, Consumer<char[]> check, BiConsumer<StaffUser, String> keep) {
        try {
            if (!Long.valueOf(staffUserId).equals(currentStaff.id())) {
                currentStaff.require(Act.STAFF_USERS);
            }
            check.accept(secret);
            String hash = Passwords.hash(secret);
            database.inTransaction(session -> keep.accept(existing(session, staffUserId), hash));
        } finally {
            wipe(secret);
        }
    }

    /**
     * The active staff user with this login and password (or her PIN, while the salon allows PINs), refused with
     * SIGN_IN_FAILED (one answer for a wrong login or password, an inactive user or one without a password) or
     * LOCKED_OUT. The {@code password} array is wiped.
     * The caller makes the desk act as her ({@code SalonDesk.signIn}).
     */
    public StaffRow signIn(String login, char[] password) {
        try {
            return get(signIns.check(login, password == null ? new char[0] : password));
        } finally {
            wipe(password);
        }
    }

    /**
     * Whether no active admin has a password: a new salon, or one from before sign-in. The window then asks for the
     * first admin ({@link #makeFirstAdmin}) instead of a sign-in nobody could pass. Plain JDBC, read at start-up.
     */
    public boolean needsFirstAdmin() {
        return database.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select count(*) from staff_user"
                    + " where role = 'ADMIN' and active = true and password_hash is not null");
                 ResultSet found = select.executeQuery()) {
                found.next();
                return found.getLong(1) == 0;
            }
        });
    }

    /**
     * The salon's first admin with a password, allowed only while {@link #needsFirstAdmin()}: an active admin of that
     * login who has no password gets it, else a new admin is made. Refused with ILLEGAL_STATE once any admin has a
     * password (then only an admin gives passwords). The {@code password} array is wiped.
     */
    public long makeFirstAdmin(String login, String displayName, char[] password) {
        try {
            Passwords.requireStrongEnough(password);
            StaffForm checked = new StaffForm(login, displayName, StaffRole.ADMIN, null).checked();
            String hash = Passwords.hash(password);
            return database.fromTransaction(session -> {
                if (session.createSelectionQuery("select count(u) from StaffUser u where u.role = :admin"
                        + " and u.active = true and u.passwordHash is not null", Long.class)
                        .setParameter("admin", StaffRole.ADMIN).getSingleResult() > 0) {
                    throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.staff.adminExists");
                }
                StaffUser user = session.createSelectionQuery("from StaffUser u where u.login = :login",
                        StaffUser.class).setParameter("login", checked.login())
                        .getResultStream().findFirst().orElse(null);
                if (user == null) {
                    user = new StaffUser(checked.login(), checked.displayName(), StaffRole.ADMIN, null,
                            clock.instant());
                    session.persist(user);
                } else if (user.getRole() != StaffRole.ADMIN || !user.isActive()) {
                    throw new SalonDeskException(ErrorCode.DUPLICATE, "error.staff.loginTaken", checked.login());
                }
                user.setPasswordHash(hash);
                session.flush();
                return user.getId();
            });
        } finally {
            wipe(password);
        }
    }

    /**
     * The active staff user {@code login} when her stored password is exactly {@code passwordHash}: no password is
     * checked (the demo salon's admin, whose stored hash is known ahead). Plain JDBC, so that start-up does not wait
     * for Hibernate; the row names no master.
     */
    public Optional<StaffRow> withStoredPassword(String login, String passwordHash) {
        return database.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, display_name, role, employee_id"
                    + " from staff_user where login = ? and password_hash = ? and active = true")) {
                select.setString(1, login);
                select.setString(2, passwordHash);
                try (ResultSet found = select.executeQuery()) {
                    if (!found.next()) {
                        return Optional.empty();
                    }
                    long masterId = found.getLong(4);
                    return Optional.of(new StaffRow(found.getLong(1), login, found.getString(2),
                            StaffRole.valueOf(found.getString(3)), found.wasNull() ? null : masterId, null, true,
                            null));
                }
            }
        });
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public StaffRow get(long staffUserId) {
        return database.fromTransaction(session -> {
            StaffUser user = existing(session, staffUserId);
            return rows(session, List.of(user)).get(0);
        });
    }

    /** The staff users by name; the inactive ones too when asked. */
    public List<StaffRow> list(boolean withInactive) {
        return database.fromTransaction(session -> rows(session, session.createQuery(
                        "from StaffUser u where u.active = true or :all = true order by u.displayName, u.id",
                        StaffUser.class).setParameter("all", withInactive).getResultList()));
    }

    /** The active staff users who are on shift today (masters by their schedule; others when linked to one). */
    public List<StaffRow> onShiftToday() {
        return list(false).stream().filter(row -> Boolean.TRUE.equals(row.onShiftToday())).toList();
    }

    private List<StaffRow> rows(Session session, List<StaffUser> users) {
        Map<Long, Boolean> onShift = new HashMap<>();
        return users.stream().map(user -> {
            Master master = user.getMasterId() == null ? null : session.find(Master.class, user.getMasterId());
            Boolean working = master == null ? null
                    : onShift.computeIfAbsent(master.getId(), id -> worksToday(master));
            return new StaffRow(user.getId(), user.getLogin(), user.getDisplayName(), user.getRole(),
                    user.getMasterId(), master == null ? null : master.getName(), user.isActive(), working);
        }).sorted(Comparator.comparing(StaffRow::displayName)).toList();
    }

    private boolean worksToday(Master master) {
        if (!master.isActive()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(availability.schedules(master.getBranchId(), master.getId(), today, today)
                        .get(master.getId()))
                .flatMap((MasterSchedule schedule) -> schedule.workingDay(today)).isPresent();
    }

    private static void requireFree(Session session, String login, Long exceptId) {
        List<StaffUser> same = session.createQuery("from StaffUser u where u.login = :login", StaffUser.class)
                .setParameter("login", login).getResultList();
        if (same.stream().anyMatch(user -> !user.getId().equals(exceptId))) {
            throw new SalonDeskException(ErrorCode.DUPLICATE, "error.staff.loginTaken", login);
        }
    }

    private static void requireMaster(Session session, Long masterId) {
        if (masterId != null && session.find(Master.class, masterId) == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", masterId);
        }
    }

    private static StaffUser existing(Session session, long staffUserId) {
        StaffUser user = session.find(StaffUser.class, staffUserId);
        if (user == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.staff.notFound", staffUserId);
        }
        return user;
    }
}
