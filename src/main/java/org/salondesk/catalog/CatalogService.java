package org.salondesk.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.SlotGrid;
import org.salondesk.persistence.Database;

/** The catalogue of a salon: branches, categories, job titles, services, masters and who provides what. */
public final class CatalogService {

    private final Database database;
    private final Clock clock;

    public CatalogService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A new branch on the desk's clock zone, with the default slot step (30 minutes) and no lead time. */
    public long createBranch(String name, String address) {
        Branch branch = new Branch(Require.text(name, "field.name"), Require.optionalText(address), clock.getZone());
        return persist(branch, branch::getId);
    }

    public long createCategory(long branchId, String name, String description) {
        String checkedName = Require.text(name, "field.name");
        return database.fromCatalogTransaction(session -> {
            branch(session, branchId);
            ServiceCategory category = new ServiceCategory(branchId, checkedName, Require.optionalText(description));
            session.persist(category);
            session.flush();
            return category.getId();
        });
    }

    public long createJobTitle(long branchId, String name, String description) {
        String checkedName = Require.text(name, "field.name");
        return database.fromCatalogTransaction(session -> {
            branch(session, branchId);
            JobTitle title = new JobTitle(branchId, checkedName, Require.optionalText(description));
            session.persist(title);
            session.flush();
            return title.getId();
        });
    }

    /** A new service; its price may be zero but not negative, its duration a positive multiple of 5 minutes. */
    public long createService(long branchId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        String checkedTitle = Require.text(title, "field.title");
        Require.present(price, "field.price");
        Require.that(price.signum() >= 0, "error.price.negative");
        requireDuration(durationMinutes);
        return database.fromCatalogTransaction(session -> {
            Branch branch = branch(session, branchId);
            if (categoryId != null) {
                ServiceCategory category = session.find(ServiceCategory.class, categoryId);
                if (category == null) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.category.notFound", categoryId);
                }
                Require.that(category.getBranchId() == branchId, "error.category.otherBranch", category.getName(),
                        branch.getName());
            }
            SalonService service = new SalonService(branchId, categoryId, checkedTitle,
                    Require.optionalText(description), price, durationMinutes);
            session.persist(service);
            session.flush();
            return service.getId();
        });
    }

    public long createEmployee(long branchId, String name, String information, Long jobTitleId) {
        String checkedName = Require.text(name, "field.name");
        return database.fromCatalogTransaction(session -> {
            Branch branch = branch(session, branchId);
            if (jobTitleId != null) {
                JobTitle title = session.find(JobTitle.class, jobTitleId);
                if (title == null) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.jobTitle.notFound", jobTitleId);
                }
                Require.that(title.getBranchId() == branchId, "error.jobTitle.otherBranch", title.getName(),
                        branch.getName());
            }
            Employee employee = new Employee(branchId, checkedName, Require.optionalText(information), jobTitleId);
            session.persist(employee);
            session.flush();
            return employee.getId();
        });
    }

    /** Adds services to what a master provides (services she already provides stay as they are). */
    public void assignServices(long employeeId, Collection<Long> serviceIds) {
        Require.notEmpty(serviceIds, "field.services");
        Set<Long> ids = new LinkedHashSet<>(serviceIds);
        database.inCatalogTransaction(session -> {
            Employee employee = employee(session, employeeId);
            for (Long serviceId : ids) {
                Require.present(serviceId, "field.services");
                SalonService service = service(session, serviceId);
                Require.that(service.getBranchId() == employee.getBranchId(), "error.service.otherBranchOfEmployee",
                        service.getTitle(), employee.getName());
                if (session.find(EmployeeService.class, new EmployeeService.Key(employeeId, serviceId)) == null) {
                    session.persist(new EmployeeService(employeeId, serviceId));
                }
            }
        });
    }

    /** Blocks (inactive) or unblocks a service; a blocked service cannot be booked and keeps its history. */
    public void setServiceActive(long serviceId, boolean active) {
        database.inCatalogTransaction(session -> service(session, serviceId).setActive(active));
    }

    /** Blocks (inactive) or unblocks a master; a blocked master takes no bookings and keeps her history. */
    public void setEmployeeActive(long employeeId, boolean active) {
        database.inCatalogTransaction(session -> employee(session, employeeId).setActive(active));
    }

    static void requireDuration(int durationMinutes) {
        Require.that(durationMinutes > 0 && durationMinutes % SlotGrid.BOOKING_STEP_MINUTES == 0
                        && durationMinutes <= 24 * 60,
                "error.duration.invalid", durationMinutes, SlotGrid.BOOKING_STEP_MINUTES);
    }

    private long persist(Object entity, Supplier<Long> id) {
        return database.fromCatalogTransaction(session -> {
            session.persist(entity);
            session.flush();
            return id.get();
        });
    }

    static Branch branch(Session session, long branchId) {
        Branch branch = session.find(Branch.class, branchId);
        if (branch == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId);
        }
        return branch;
    }

    public static Employee employee(Session session, long employeeId) {
        Employee employee = session.find(Employee.class, employeeId);
        if (employee == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", employeeId);
        }
        return employee;
    }

    static SalonService service(Session session, long serviceId) {
        SalonService service = session.find(SalonService.class, serviceId);
        if (service == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.notFound", serviceId);
        }
        return service;
    }
}
