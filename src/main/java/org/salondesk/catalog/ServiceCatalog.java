package org.salondesk.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.persistence.Database;

/**
 * What a branch sells: its categories and services (the owner of both tables). The service form's Save goes through
 * {@link #saveService}, which writes the service's commission ({@link PayRates}) and phases ({@link Resources}) in the
 * same transaction.
 */
public final class ServiceCatalog {

    private final Database database;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final PayRates payRates;
    private final BranchList<ServiceCategory> categories;

    public ServiceCatalog(Database database, AvailabilityGuard guard, CurrentStaff currentStaff, PayRates payRates) {
        this.database = database;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.payRates = payRates;
        this.categories = new BranchList<>(database, ServiceCategory.class, "error.category.notFound",
                ServiceCategory::new);
    }

    public long createCategory(long branchId, String name, String description) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        return categories.create(branchId, name, description);
    }

    public void updateCategory(long categoryId, String name, String description) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        categories.update(categoryId, name, description);
    }

    /** A new service; its price and duration within {@link ServiceRow#PRICE} and {@link ServiceRow#DURATION}. */
    public long createService(long branchId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        Fields fields = Fields.checked(categoryId, title, description, price, durationMinutes);
        return database.fromCatalogTransaction(session -> insert(session, branchId, fields).getId());
    }

    /** Changes a service; bookings already made keep the price and duration they were booked with. */
    public void updateService(long serviceId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        Fields fields = Fields.checked(categoryId, title, description, price, durationMinutes);
        database.inCatalogTransaction(session -> requireStoredPhasesFit(session, update(session, serviceId, fields)));
    }

    /**
     * Saves the service form in one transaction: the service (new or changed), its commission and, when given, its
     * phases; a phase refused (a processing window longer than the service) leaves the service as it was.
     *
     * @return the service's id
     */
    public long saveService(ServiceSave save) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        Fields fields = Fields.checked(save.categoryId(), save.title(), save.description(), save.price(),
                save.durationMinutes());
        ServiceSave.Phases phases = save.phases();
        if (phases != null) {
            Resources.checkPhases(phases.busyBeforeMinutes(), phases.processingMinutes(), phases.of(0));
        }
        return database.fromCatalogTransaction(session -> {
            SalonService service;
            boolean longer = true;
            if (save.serviceId() == null) {
                service = insert(session, save.branchId(), fields);
            } else {
                longer = fields.minutes() >= CatalogRows.service(session, save.serviceId()).getDurationMinutes();
                service = update(session, save.serviceId(), fields);
            }
            if (phases == null) {
                requireStoredPhasesFit(session, service);
            } else {
                // The database checks every row written against the window: a longer service is written before
                // its window, a shorter one after it, so that no step in between is refused.
                if (longer) {
                    session.flush();
                }
                Resources.writePhases(session, service, phases.busyBeforeMinutes(), phases.processingMinutes(),
                        phases.of(service.getId()));
            }
            session.flush();
            payRates.writeCommission(session, service.getId(), save.commission());
            return service.getId();
        });
    }

    /** A service's fields as checked before the transaction. */
    private record Fields(Long categoryId, String title, String description, BigDecimal price, int minutes) {

        static Fields checked(Long categoryId, String title, String description, BigDecimal price, int minutes) {
            String checkedTitle = Require.text(title, "field.title", SalonService.TITLE);
            String checkedDescription = Require.optionalText(description, SalonService.DESCRIPTION);
            Require.present(price, "field.price");
            Require.within(price, SalonService.PRICE);
            Require.within(minutes, SalonService.DURATION);
            return new Fields(categoryId, checkedTitle, checkedDescription, price, minutes);
        }
    }

    private static SalonService insert(Session session, long branchId, Fields fields) {
        Branch branch = CatalogRows.branch(session, branchId);
        CatalogRows.requireCategoryOf(session, branch, fields.categoryId());
        CatalogRows.requireUnique(session, "SalonService", "title", branchId, fields.title(), null);
        SalonService service = new SalonService(branchId, fields.categoryId(), fields.title(), fields.description(),
                fields.price(), fields.minutes());
        session.persist(service);
        session.flush();
        return service;
    }

    private static SalonService update(Session session, long serviceId, Fields fields) {
        SalonService service = CatalogRows.service(session, serviceId);
        Branch branch = CatalogRows.branch(session, service.getBranchId());
        CatalogRows.requireCategoryOf(session, branch, fields.categoryId());
        CatalogRows.requireUnique(session, "SalonService", "title", service.getBranchId(), fields.title(), serviceId);
        service.setCategoryId(fields.categoryId());
        service.setTitle(fields.title());
        service.setDescription(fields.description());
        service.setPrice(fields.price());
        service.setDurationMinutes(fields.minutes());
        return service;
    }

    // A shorter service must still leave work after its stored processing window.
    private static void requireStoredPhasesFit(Session session, SalonService service) {
        ServicePhases phases = Database.withConnection(session,
                connection -> Resources.phases(connection, service.getId()));
        Require.that(!phases.hasProcessing()
                        || phases.busyBeforeMinutes() + phases.processingMinutes() < service.getDurationMinutes(),
                "error.service.processingTooLong", service.getTitle(), service.getDurationMinutes());
    }

    /**
     * Blocks (inactive) or unblocks a service; a blocked service cannot be booked and keeps its history. The masters
     * who provide it are locked, so a booking of it either comes first or sees it blocked.
     */
    public void setServiceActive(long serviceId, boolean active) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        guard.writeCatalog(write -> {
            write.lock(write.session().createSelectionQuery("select es.key.masterId from ProvidedService es"
                    + " where es.key.serviceId = :s", Long.class).setParameter("s", serviceId).getResultList());
            CatalogRows.service(write.session(), serviceId).setActive(active);
            return null;
        });
    }

    public List<CategoryRow> categories(long branchId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> session.createSelectionQuery("from ServiceCategory c"
                        + " where c.branchId = :b order by c.name", ServiceCategory.class).setParameter("b", branchId)
                .getResultList().stream().map(CategoryRow::of).toList());
    }

    /** The branch's services, blocked ones too, by title. */
    public List<ServiceRow> services(long branchId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> session.createSelectionQuery("from SalonService s"
                        + " where s.branchId = :b order by s.title", SalonService.class).setParameter("b", branchId)
                .getResultList().stream().map(ServiceRow::of).toList());
    }
}
