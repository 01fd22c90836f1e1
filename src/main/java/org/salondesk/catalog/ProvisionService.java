package org.salondesk.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.Session;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.persistence.Database;

/** Who does what: the master × service matrix with each master's own price and duration (the owner of its table). */
public final class ProvisionService {

    private final Database database;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;

    public ProvisionService(Database database, AvailabilityGuard guard, CurrentStaff currentStaff) {
        this.database = database;
        this.guard = guard;
        this.currentStaff = currentStaff;
    }

    /** Adds services to what a master provides (services she already provides stay as they are). */
    public void assignServices(long masterId, Collection<Long> serviceIds) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        Require.notEmpty(serviceIds, "field.services");
        Set<Long> ids = new LinkedHashSet<>(serviceIds);
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            Session session = write.session();
            Master master = CatalogRows.master(session, masterId);
            for (Long serviceId : ids) {
                Require.present(serviceId, "field.services");
                SalonService service = sameBranch(session, master, serviceId);
                if (session.find(ProvidedService.class, new ProvidedService.Key(masterId, service.getId())) == null) {
                    session.persist(new ProvidedService(masterId, serviceId));
                }
            }
            return null;
        });
    }

    /**
     * Ticks (or unticks) a cell of the master × service matrix, with her own price and duration (null: the
     * catalogue's). Unticking keeps the bookings she already has for it.
     */
    public void setProvision(long masterId, long serviceId, boolean provides, BigDecimal ownPrice,
                             Integer ownDurationMinutes) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        if (ownPrice != null) {
            Require.within(ownPrice, SalonService.PRICE);
        }
        Require.optionalWithin(ownDurationMinutes, SalonService.DURATION);
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            Session session = write.session();
            sameBranch(session, CatalogRows.master(session, masterId), serviceId);
            ProvidedService cell = session.find(ProvidedService.class, new ProvidedService.Key(masterId, serviceId));
            if (!provides) {
                if (cell != null) {
                    session.remove(cell);
                }
                return null;
            }
            if (cell == null) {
                cell = new ProvidedService(masterId, serviceId);
                session.persist(cell);
            }
            cell.setPrice(ownPrice);
            cell.setDurationMinutes(ownDurationMinutes);
            return null;
        });
    }

    /** The branch's matrix: every tick with the master's own price and duration. */
    public List<Provision> provisions(long branchId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> session.createSelectionQuery("""
                        select new org.salondesk.catalog.Provision(es.key.masterId, es.key.serviceId, es.price,
                            es.durationMinutes)
                        from ProvidedService es join Master e on e.id = es.key.masterId
                        where e.branchId = :branch""", Provision.class)
                .setParameter("branch", branchId).getResultList());
    }

    private static SalonService sameBranch(Session session, Master master, long serviceId) {
        SalonService service = CatalogRows.service(session, serviceId);
        Require.that(service.getBranchId() == master.getBranchId(), "error.service.otherBranchOfEmployee",
                service.getTitle(), master.getName());
        return service;
    }
}
