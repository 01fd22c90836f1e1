package org.salondesk.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.catalog.Employee;
import org.salondesk.persistence.Database;

/**
 * The people who work the desk: admins, receptionists and masters (each master linked to her employee record), who
 * is active, and who is on shift today as the schedules say.
 */
public final class StaffService {

    private final Database database;
    private final AvailabilityService availability;
    private final Clock clock;

    public StaffService(Database database, AvailabilityService availability, Clock clock) {
        this.database = database;
        this.availability = availability;
        this.clock = clock;
    }

    public long create(StaffForm form) {
        StaffForm checked = form.checked();
        return database.fromTransaction(session -> {
            requireFree(session, checked.login(), null);
            requireEmployee(session, checked.employeeId());
            StaffUser user = new StaffUser(checked.login(), checked.displayName(), checked.role(),
                    checked.employeeId(), clock.instant());
            session.persist(user);
            session.flush();
            return user.getId();
        });
    }

    public void update(long staffUserId, StaffForm form) {
        StaffForm checked = form.checked();
        database.inTransaction(session -> {
            StaffUser user = existing(session, staffUserId);
            requireFree(session, checked.login(), staffUserId);
            requireEmployee(session, checked.employeeId());
            user.setLogin(checked.login());
            user.setDisplayName(checked.displayName());
            user.setRole(checked.role());
            user.setEmployeeId(checked.employeeId());
        });
    }

    /** A staff user who leaves is made inactive, never deleted: what she did keeps her name. */
    public void setActive(long staffUserId, boolean active) {
        database.inTransaction(session -> existing(session, staffUserId).setActive(active));
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
            Employee employee = user.getEmployeeId() == null ? null : session.find(Employee.class, user.getEmployeeId());
            Boolean working = employee == null ? null
                    : onShift.computeIfAbsent(employee.getId(), id -> worksToday(employee));
            return new StaffRow(user.getId(), user.getLogin(), user.getDisplayName(), user.getRole(),
                    user.getEmployeeId(), employee == null ? null : employee.getName(), user.isActive(), working);
        }).sorted(Comparator.comparing(StaffRow::displayName)).toList();
    }

    private boolean worksToday(Employee employee) {
        if (!employee.isActive()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(availability.schedules(employee.getBranchId(), employee.getId(), today, today)
                        .get(employee.getId()))
                .flatMap((EmployeeSchedule schedule) -> schedule.workingDay(today)).isPresent();
    }

    private static void requireFree(Session session, String login, Long exceptId) {
        List<StaffUser> same = session.createQuery("from StaffUser u where u.login = :login", StaffUser.class)
                .setParameter("login", login).getResultList();
        if (same.stream().anyMatch(user -> !user.getId().equals(exceptId))) {
            throw new SalonDeskException(ErrorCode.DUPLICATE, "error.staff.loginTaken", login);
        }
    }

    private static void requireEmployee(Session session, Long employeeId) {
        if (employeeId != null && session.find(Employee.class, employeeId) == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", employeeId);
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
