package org.salondesk.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.persistence.Database;

/** The catalogue of a salon: branches, categories, job titles, services, masters and who provides what. */
public final class CatalogService {

    /** The largest photo kept for a master. */
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private final Database database;
    private final Clock clock;
    private final AvailabilityGuard guard;

    public CatalogService(Database database, Clock clock, AvailabilityGuard guard) {
        this.database = database;
        this.clock = clock;
        this.guard = guard;
    }

    /** A new branch on the desk's clock zone, with the default slot step (30 minutes) and no lead time. */
    public long createBranch(String name, String address) {
        Branch branch = new Branch(Require.text(name, "field.name", Branch.NAME),
                Require.optionalText(address, Branch.ADDRESS), clock.getZone());
        return persist(branch, branch::getId);
    }

    public long createCategory(long branchId, String name, String description) {
        String checkedName = Require.text(name, "field.name", ServiceCategory.NAME);
        String checkedDescription = Require.optionalText(description, ServiceCategory.DESCRIPTION);
        return database.fromCatalogTransaction(session -> {
            branch(session, branchId);
            requireUnique(session, "ServiceCategory", "name", branchId, checkedName, null);
            ServiceCategory category = new ServiceCategory(branchId, checkedName, checkedDescription);
            session.persist(category);
            session.flush();
            return category.getId();
        });
    }

    public long createJobTitle(long branchId, String name, String description) {
        String checkedName = Require.text(name, "field.name", JobTitle.NAME);
        String checkedDescription = Require.optionalText(description, JobTitle.DESCRIPTION);
        return database.fromCatalogTransaction(session -> {
            branch(session, branchId);
            requireUnique(session, "JobTitle", "name", branchId, checkedName, null);
            JobTitle title = new JobTitle(branchId, checkedName, checkedDescription);
            session.persist(title);
            session.flush();
            return title.getId();
        });
    }

    /** A new service; its price and duration within {@link SalonService#PRICE} and {@link SalonService#DURATION}. */
    public long createService(long branchId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        String checkedTitle = Require.text(title, "field.title", SalonService.TITLE);
        String checkedDescription = Require.optionalText(description, SalonService.DESCRIPTION);
        Require.present(price, "field.price");
        Require.within(price, SalonService.PRICE);
        Require.within(durationMinutes, SalonService.DURATION);
        return database.fromCatalogTransaction(session -> {
            Branch branch = branch(session, branchId);
            requireCategoryOf(session, branch, categoryId);
            requireUnique(session, "SalonService", "title", branchId, checkedTitle, null);
            SalonService service = new SalonService(branchId, categoryId, checkedTitle, checkedDescription, price,
                    durationMinutes);
            session.persist(service);
            session.flush();
            return service.getId();
        });
    }

    public long createEmployee(long branchId, String name, String information, Long jobTitleId) {
        String checkedName = Require.text(name, "field.name", Employee.NAME);
        String checkedInformation = Require.optionalText(information, Employee.INFORMATION);
        return database.fromCatalogTransaction(session -> {
            requireJobTitleOf(session, branch(session, branchId), jobTitleId);
            Employee employee = new Employee(branchId, checkedName, checkedInformation, jobTitleId);
            session.persist(employee);
            session.flush();
            return employee.getId();
        });
    }

    /** Adds services to what a master provides (services she already provides stay as they are). */
    public void assignServices(long employeeId, Collection<Long> serviceIds) {
        Require.notEmpty(serviceIds, "field.services");
        Set<Long> ids = new LinkedHashSet<>(serviceIds);
        guard.writeCatalog(write -> {
            write.lock(List.of(employeeId));
            Session session = write.session();
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
            return null;
        });
    }

    /**
     * Blocks (inactive) or unblocks a service; a blocked service cannot be booked and keeps its history. The masters
     * who provide it are locked, so a booking of it either comes first or sees it blocked.
     */
    public void setServiceActive(long serviceId, boolean active) {
        guard.writeCatalog(write -> {
            write.lock(write.session().createSelectionQuery("select es.key.employeeId from EmployeeService es"
                    + " where es.key.serviceId = :s", Long.class).setParameter("s", serviceId).getResultList());
            service(write.session(), serviceId).setActive(active);
            return null;
        });
    }

    /**
     * Blocks (inactive) or unblocks a master; a blocked master takes no bookings and keeps her history. Blocking a
     * master with bookings ahead is refused (SCHEDULE_CONFLICT): the schedule service blocks her with a decision for
     * each of them.
     */
    public void setEmployeeActive(long employeeId, boolean active) {
        guard.writeCatalog(write -> {
            write.lock(List.of(employeeId));
            Session session = write.session();
            Employee employee = employee(session, employeeId);
            if (!active && employee.isActive()) {
                Branch branch = branch(session, employee.getBranchId());
                long ahead = session.createSelectionQuery("select count(b) from Booking b where b.employeeId = :e"
                                + " and b.date >= :today and b.status in (:ahead)", Long.class)
                        .setParameter("e", employeeId)
                        .setParameter("today", LocalDate.now(clock.withZone(branch.getTimeZone())))
                        .setParameter("ahead", List.of(BookingStatus.NEW, BookingStatus.CONFIRMED,
                                BookingStatus.ARRIVED))
                        .getSingleResult();
                if (ahead > 0) {
                    throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, "error.employee.hasBookings",
                            employee.getName(), ahead);
                }
            }
            employee.setActive(active);
            return null;
        });
    }

    /** Changes a branch's name, address, clock and booking settings. */
    public void updateBranch(long branchId, BranchSettingsForm form) {
        BranchSettingsForm checked = checked(form);
        database.inCatalogTransaction(session -> apply(branch(session, branchId), checked));
    }

    /**
     * The first branch of an empty database, as the first-run form describes it. When two desks set up one database
     * at once, the second waits for the first and is refused (ILLEGAL_STATE, naming the branch the first made).
     */
    public long createFirstBranch(BranchSettingsForm form) {
        BranchSettingsForm checked = checked(form);
        return database.fromCatalogTransaction(session -> {
            Database.withConnection(session, connection -> {
                try (var lock = connection.prepareStatement(
                        "select version from catalog_version where id = 1 for update");
                     var rows = lock.executeQuery()) {
                    return rows.next();
                }
            });
            List<Branch> existing = session.createSelectionQuery("from Branch b order by b.id", Branch.class)
                    .setMaxResults(1).getResultList();
            if (!existing.isEmpty()) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.branch.alreadySetUp",
                        existing.get(0).getName());
            }
            Branch branch = new Branch(checked.name(), checked.address(), checked.timeZone());
            apply(branch, checked);
            session.persist(branch);
            session.flush();
            return branch.getId();
        });
    }

    /** The form with its texts checked and trimmed; refused (INVALID_ARGUMENT) when a value is missing or too large. */
    private static BranchSettingsForm checked(BranchSettingsForm form) {
        Require.present(form, "field.settings");
        String name = Require.text(form.name(), "field.name", Branch.NAME);
        String address = Require.optionalText(form.address(), Branch.ADDRESS);
        Require.present(form.timeZone(), "field.timeZone");
        Require.within(form.slotIntervalMinutes(), Branch.SLOT_INTERVAL);
        Require.within(form.minLeadMinutes(), Branch.MIN_LEAD);
        Require.within(form.bookingDaysAhead(), Branch.DAYS_AHEAD);
        Require.present(form.defaultShiftStart(), "field.start");
        Require.present(form.defaultShiftEnd(), "field.end");
        Require.that(form.defaultShiftEnd().isAfter(form.defaultShiftStart()), "error.hours.endBeforeStart",
                form.defaultShiftStart(), form.defaultShiftEnd());
        return new BranchSettingsForm(name, address, form.timeZone(), form.slotIntervalMinutes(),
                form.minLeadMinutes(), form.bookingDaysAhead(), form.defaultShiftStart(), form.defaultShiftEnd());
    }

    private static void apply(Branch branch, BranchSettingsForm form) {
        branch.setName(form.name());
        branch.setAddress(form.address());
        branch.setTimeZone(form.timeZone());
        branch.setSlotIntervalMinutes(form.slotIntervalMinutes());
        branch.setMinLeadMinutes(form.minLeadMinutes());
        branch.setBookingDaysAhead(form.bookingDaysAhead());
        branch.setDefaultShift(form.defaultShiftStart(), form.defaultShiftEnd());
    }

    public BranchSettingsForm branchSettings(long branchId) {
        return database.fromTransaction(session -> BranchSettingsForm.of(branch(session, branchId)));
    }

    public void updateCategory(long categoryId, String name, String description) {
        String checked = Require.text(name, "field.name", ServiceCategory.NAME);
        String checkedDescription = Require.optionalText(description, ServiceCategory.DESCRIPTION);
        database.inCatalogTransaction(session -> {
            ServiceCategory category = session.find(ServiceCategory.class, categoryId);
            if (category == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.category.notFound", categoryId);
            }
            requireUnique(session, "ServiceCategory", "name", category.getBranchId(), checked, categoryId);
            category.setName(checked);
            category.setDescription(checkedDescription);
        });
    }

    public void updateJobTitle(long jobTitleId, String name, String description) {
        String checked = Require.text(name, "field.name", JobTitle.NAME);
        String checkedDescription = Require.optionalText(description, JobTitle.DESCRIPTION);
        database.inCatalogTransaction(session -> {
            JobTitle title = session.find(JobTitle.class, jobTitleId);
            if (title == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.jobTitle.notFound", jobTitleId);
            }
            requireUnique(session, "JobTitle", "name", title.getBranchId(), checked, jobTitleId);
            title.setName(checked);
            title.setDescription(checkedDescription);
        });
    }

    /** Changes a service; bookings already made keep the price and duration they were booked with. */
    public void updateService(long serviceId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        String checked = Require.text(title, "field.title", SalonService.TITLE);
        String checkedDescription = Require.optionalText(description, SalonService.DESCRIPTION);
        Require.present(price, "field.price");
        Require.within(price, SalonService.PRICE);
        Require.within(durationMinutes, SalonService.DURATION);
        database.inCatalogTransaction(session -> {
            SalonService service = service(session, serviceId);
            Branch branch = branch(session, service.getBranchId());
            requireCategoryOf(session, branch, categoryId);
            requireUnique(session, "SalonService", "title", service.getBranchId(), checked, serviceId);
            service.setCategoryId(categoryId);
            service.setTitle(checked);
            service.setDescription(checkedDescription);
            service.setPrice(price);
            service.setDurationMinutes(durationMinutes);
        });
    }

    public void updateEmployee(long employeeId, String name, String information, Long jobTitleId) {
        String checked = Require.text(name, "field.name", Employee.NAME);
        String checkedInformation = Require.optionalText(information, Employee.INFORMATION);
        database.inCatalogTransaction(session -> {
            Employee employee = employee(session, employeeId);
            requireJobTitleOf(session, branch(session, employee.getBranchId()), jobTitleId);
            employee.setName(checked);
            employee.setInformation(checkedInformation);
            employee.setJobTitleId(jobTitleId);
        });
    }

    /** The master's photo (PNG or JPEG, at most 2 MB); null removes it. */
    public void setEmployeePhoto(long employeeId, byte[] photo) {
        Require.that(photo == null || photo.length <= MAX_PHOTO_BYTES, "error.photo.tooLarge",
                MAX_PHOTO_BYTES / 1024 / 1024);
        database.inTransaction(session -> employee(session, employeeId).setPhoto(photo));
    }

    /**
     * Ticks (or unticks) a cell of the master × service matrix, with her own price and duration (null: the
     * catalogue's). Unticking keeps the bookings she already has for it.
     */
    public void setProvision(long employeeId, long serviceId, boolean provides, BigDecimal ownPrice,
                             Integer ownDurationMinutes) {
        if (ownPrice != null) {
            Require.within(ownPrice, SalonService.PRICE);
        }
        Require.optionalWithin(ownDurationMinutes, SalonService.DURATION);
        guard.writeCatalog(write -> {
            write.lock(List.of(employeeId));
            Session session = write.session();
            Employee employee = employee(session, employeeId);
            SalonService service = service(session, serviceId);
            Require.that(service.getBranchId() == employee.getBranchId(), "error.service.otherBranchOfEmployee",
                    service.getTitle(), employee.getName());
            EmployeeService cell = session.find(EmployeeService.class, new EmployeeService.Key(employeeId, serviceId));
            if (!provides) {
                if (cell != null) {
                    session.remove(cell);
                }
                return null;
            }
            if (cell == null) {
                cell = new EmployeeService(employeeId, serviceId);
                session.persist(cell);
            }
            cell.setPrice(ownPrice);
            cell.setDurationMinutes(ownDurationMinutes);
            return null;
        });
    }

    /** The branch's matrix: every tick with the master's own price and duration. */
    public List<Provision> provisions(long branchId) {
        return database.fromTransaction(session -> session.createSelectionQuery("""
                        select new org.salondesk.catalog.Provision(es.key.employeeId, es.key.serviceId, es.price,
                            es.durationMinutes)
                        from EmployeeService es join Employee e on e.id = es.key.employeeId
                        where e.branchId = :branch""", Provision.class)
                .setParameter("branch", branchId).getResultList());
    }

    public List<Branch> branches() {
        return database.fromTransaction(session -> session.createSelectionQuery("from Branch b order by b.id",
                Branch.class).getResultList());
    }

    public List<ServiceCategory> categories(long branchId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from ServiceCategory c"
                + " where c.branchId = :b order by c.name", ServiceCategory.class).setParameter("b", branchId)
                .getResultList());
    }

    public List<JobTitle> jobTitles(long branchId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from JobTitle j"
                + " where j.branchId = :b order by j.name", JobTitle.class).setParameter("b", branchId)
                .getResultList());
    }

    /** The branch's services, blocked ones too, by title. */
    public List<SalonService> services(long branchId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from SalonService s"
                + " where s.branchId = :b order by s.title", SalonService.class).setParameter("b", branchId)
                .getResultList());
    }

    /** The branch's masters, blocked ones too, by name. */
    public List<Employee> employees(long branchId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from Employee e"
                + " where e.branchId = :b order by e.name", Employee.class).setParameter("b", branchId)
                .getResultList());
    }

    /** Refuses a name that another record of the branch already has (DUPLICATE). */
    private static void requireUnique(Session session, String entity, String field, long branchId, String value,
                                      Long exceptId) {
        long same = session.createSelectionQuery("select count(x) from " + entity + " x where x.branchId = :b"
                        + " and lower(x." + field + ") = :v and (:except is null or x.id <> :except)", Long.class)
                .setParameter("b", branchId).setParameter("v", value.toLowerCase(Locale.ROOT))
                .setParameter("except", exceptId).getSingleResult();
        if (same > 0) {
            throw new SalonDeskException(ErrorCode.DUPLICATE, "error.name.taken", value);
        }
    }

    private static void requireCategoryOf(Session session, Branch branch, Long categoryId) {
        if (categoryId == null) {
            return;
        }
        ServiceCategory category = session.find(ServiceCategory.class, categoryId);
        if (category == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.category.notFound", categoryId);
        }
        Require.that(category.getBranchId() == branch.getId(), "error.category.otherBranch", category.getName(),
                branch.getName());
    }

    private static void requireJobTitleOf(Session session, Branch branch, Long jobTitleId) {
        if (jobTitleId == null) {
            return;
        }
        JobTitle title = session.find(JobTitle.class, jobTitleId);
        if (title == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.jobTitle.notFound", jobTitleId);
        }
        Require.that(title.getBranchId() == branch.getId(), "error.jobTitle.otherBranch", title.getName(),
                branch.getName());
    }

    private long persist(Object entity, Supplier<Long> id) {
        return database.fromCatalogTransaction(session -> {
            session.persist(entity);
            session.flush();
            return id.get();
        });
    }

    public static Branch branch(Session session, long branchId) {
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
