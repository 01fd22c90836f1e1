package org.salondesk.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.persistence.Database;

/** What a branch sells: its categories and services (the owner of both tables). */
public final class ServiceCatalog {

    private final Database database;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;

    public ServiceCatalog(Database database, AvailabilityGuard guard, CurrentStaff currentStaff) {
        this.database = database;
        this.guard = guard;
        this.currentStaff = currentStaff;
    }

    public long createCategory(long branchId, String name, String description) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checkedName = Require.text(name, "field.name", ServiceCategory.NAME);
        String checkedDescription = Require.optionalText(description, ServiceCategory.DESCRIPTION);
        return database.fromCatalogTransaction(session -> {
            CatalogRows.branch(session, branchId);
            CatalogRows.requireUnique(session, "ServiceCategory", "name", branchId, checkedName, null);
            ServiceCategory category = new ServiceCategory(branchId, checkedName, checkedDescription);
            session.persist(category);
            session.flush();
            return category.getId();
        });
    }

    public void updateCategory(long categoryId, String name, String description) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checked = Require.text(name, "field.name", ServiceCategory.NAME);
        String checkedDescription = Require.optionalText(description, ServiceCategory.DESCRIPTION);
        database.inCatalogTransaction(session -> {
            ServiceCategory category = session.find(ServiceCategory.class, categoryId);
            if (category == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.category.notFound", categoryId);
            }
            CatalogRows.requireUnique(session, "ServiceCategory", "name", category.getBranchId(), checked,
                    categoryId);
            category.setName(checked);
            category.setDescription(checkedDescription);
        });
    }

    /** A new service; its price and duration within {@link ServiceRow#PRICE} and {@link ServiceRow#DURATION}. */
    public long createService(long branchId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checkedTitle = Require.text(title, "field.title", SalonService.TITLE);
        String checkedDescription = Require.optionalText(description, SalonService.DESCRIPTION);
        Require.present(price, "field.price");
        Require.within(price, SalonService.PRICE);
        Require.within(durationMinutes, SalonService.DURATION);
        return database.fromCatalogTransaction(session -> {
            Branch branch = CatalogRows.branch(session, branchId);
            CatalogRows.requireCategoryOf(session, branch, categoryId);
            CatalogRows.requireUnique(session, "SalonService", "title", branchId, checkedTitle, null);
            SalonService service = new SalonService(branchId, categoryId, checkedTitle, checkedDescription, price,
                    durationMinutes);
            session.persist(service);
            session.flush();
            return service.getId();
        });
    }

    /** Changes a service; bookings already made keep the price and duration they were booked with. */
    public void updateService(long serviceId, Long categoryId, String title, String description, BigDecimal price,
                              int durationMinutes) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checked = Require.text(title, "field.title", SalonService.TITLE);
        String checkedDescription = Require.optionalText(description, SalonService.DESCRIPTION);
        Require.present(price, "field.price");
        Require.within(price, SalonService.PRICE);
        Require.within(durationMinutes, SalonService.DURATION);
        database.inCatalogTransaction(session -> {
            SalonService service = CatalogRows.service(session, serviceId);
            Branch branch = CatalogRows.branch(session, service.getBranchId());
            CatalogRows.requireCategoryOf(session, branch, categoryId);
            CatalogRows.requireUnique(session, "SalonService", "title", service.getBranchId(), checked, serviceId);
            ServicePhases phases = Database.withConnection(session,
                    connection -> Resources.phases(connection, serviceId));
            Require.that(!phases.hasProcessing()
                            || phases.busyBeforeMinutes() + phases.processingMinutes() < durationMinutes,
                    "error.service.processingTooLong", checked, durationMinutes);
            service.setCategoryId(categoryId);
            service.setTitle(checked);
            service.setDescription(checkedDescription);
            service.setPrice(price);
            service.setDurationMinutes(durationMinutes);
        });
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
