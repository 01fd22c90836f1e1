package org.salondesk.availability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;

/**
 * One question to availability about one branch, on one connection (pooled for reads, the booking transaction's for
 * writes): the catalogue as of now, the request checked against it, and the free time computed from it.
 */
public final class AvailabilityReading {

    private final Connection connection;
    private final AvailabilityLoader loader;
    private final BranchCatalog catalog;
    private final boolean liveHolds;
    private final Instant now;

    AvailabilityReading(Connection connection, AvailabilityLoader loader, BranchCatalog catalog, boolean liveHolds,
                        Instant now) {
        this.connection = connection;
        this.loader = loader;
        this.catalog = catalog;
        this.liveHolds = liveHolds;
        this.now = now;
    }

    /** The branch, refused when it is closed. */
    public BranchSettings branch() {
        BranchSettings branch = catalog.branch();
        Require.that(branch.active(), "error.branch.inactive", branch.name());
        return branch;
    }

    /** Every master's schedule (rule 2). */
    public Map<Long, MasterSchedule> schedules() {
        return catalog.schedules();
    }

    /**
     * Checks a request for services (rule 1 and the argument rules) and finds the eligible masters: one master only,
     * when one is named.
     */
    public BookableServices resolve(List<Long> serviceIds, Long masterId) throws SQLException {
        BranchSettings branch = branch();
        Require.notEmpty(serviceIds, "field.services");
        Set<Long> distinct = new HashSet<>();
        for (Long id : serviceIds) {
            Require.present(id, "field.services");
            Require.that(distinct.add(id), "error.services.duplicate", id);
        }
        List<AvailabilityLoader.ServiceRow> ordered = new ArrayList<>();
        for (Long id : serviceIds) {
            AvailabilityLoader.ServiceRow row = catalog.services().get(id);
            if (row == null) {
                // Not this branch's: another branch's service, or none at all.
                AvailabilityLoader.ServiceRow elsewhere = loader.services(connection, List.of(id)).stream()
                        .findFirst()
                        .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.notFound", id));
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.service.otherBranch",
                        elsewhere.title(), branch.name());
            }
            Require.that(row.active(), "error.service.blocked", row.title());
            ordered.add(row);
        }
        List<Eligibility.RequestedService> requested = ordered.stream()
                .map(row -> new Eligibility.RequestedService(row.id(), row.price(), row.durationMinutes(),
                        row.busyBeforeMinutes(), row.processingMinutes(), catalog.needsOf(row.id())))
                .toList();
        List<MasterOffer> offers = Eligibility.offers(requested, catalog.provisions());
        if (masterId != null) {
            AvailabilityLoader.MasterRow master = catalog.masters().get(masterId);
            if (master == null) {
                AvailabilityLoader.MasterRow elsewhere = loader.master(connection, masterId).orElseThrow(
                        () -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", masterId));
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.employee.otherBranch",
                        elsewhere.name(), branch.name());
            }
            offers = offers.stream().filter(offer -> offer.masterId() == masterId).toList();
            if (offers.isEmpty()) {
                throw new SalonDeskException(ErrorCode.MASTER_NOT_ELIGIBLE,
                        master.active() ? "error.employee.notEligible" : "error.employee.inactive", master.name());
            }
        }
        return new BookableServices(branch, ordered, offers);
    }

    /**
     * Free time of the branch (or one master) over [from, to]. Bookings are read now; holds only when some hold is
     * live anywhere (a hold being turned into a booking is live, so it is read, and then ignored); what the branch's
     * bookings and holds take of its resources only when it has any.
     */
    public FreeTime freeTime(Long masterId, LocalDate from, LocalDate to, Occupation... ignored)
            throws SQLException {
        return freeTime(masterId, from, to, !catalog.resources().isEmpty(), ignored);
    }

    /**
     * Free time for {@code request}: what the branch's bookings take of its resources is read only when the request
     * needs one, since a booking that takes no resource cannot be stopped by another's use of it.
     */
    public FreeTime freeTimeFor(BookableServices request, Long masterId, LocalDate from, LocalDate to)
            throws SQLException {
        return freeTime(masterId, from, to, request.needsResources() && !catalog.resources().isEmpty());
    }

    private FreeTime freeTime(Long masterId, LocalDate from, LocalDate to, boolean withResources,
                              Occupation... ignored) throws SQLException {
        BranchSettings branch = catalog.branch();
        List<Occupation> occupations = loader.occupations(connection, branch.id(), masterId, from, to, liveHolds);
        List<Occupation> resourceUsers = withResources ? loader.resourceUsers(connection, branch.id(), from, to)
                : List.of();
        return new FreeTime(catalog.schedules(), occupations, resourceUsers, catalog.resources(), now, branch.zone(),
                branch.leadMinutes(), branch.bookingDaysAhead(), List.of(ignored));
    }
}
