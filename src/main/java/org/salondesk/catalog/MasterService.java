package org.salondesk.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.persistence.Database;

/** The masters of a branch and their job titles (the owner of both tables). */
public final class MasterService {

    private final Database database;
    private final Clock clock;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final BranchList<JobTitle> jobTitles;

    public MasterService(Database database, Clock clock, AvailabilityGuard guard, CurrentStaff currentStaff) {
        this.database = database;
        this.clock = clock;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.jobTitles = new BranchList<>(database, JobTitle.class, "error.jobTitle.notFound", JobTitle::new);
    }

    public long createJobTitle(long branchId, String name, String description) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        return jobTitles.create(branchId, name, description);
    }

    public void updateJobTitle(long jobTitleId, String name, String description) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        jobTitles.update(jobTitleId, name, description);
    }

    public long createMaster(long branchId, String name, String information, Long jobTitleId) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checkedName = Require.text(name, "field.name", Master.NAME);
        String checkedInformation = Require.optionalText(information, Master.INFORMATION);
        return database.fromCatalogTransaction(session -> {
            CatalogRows.requireJobTitleOf(session, CatalogRows.branch(session, branchId), jobTitleId);
            Master master = new Master(branchId, checkedName, checkedInformation, jobTitleId);
            session.persist(master);
            session.flush();
            return master.getId();
        });
    }

    public void updateMaster(long masterId, String name, String information, Long jobTitleId) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checked = Require.text(name, "field.name", Master.NAME);
        String checkedInformation = Require.optionalText(information, Master.INFORMATION);
        database.inCatalogTransaction(session -> {
            Master master = CatalogRows.master(session, masterId);
            CatalogRows.requireJobTitleOf(session, CatalogRows.branch(session, master.getBranchId()), jobTitleId);
            master.setName(checked);
            master.setInformation(checkedInformation);
            master.setJobTitleId(jobTitleId);
        });
    }

    /** The master's photo (PNG or JPEG, at most 2 MB); null removes it. */
    public void setMasterPhoto(long masterId, byte[] photo) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        Require.that(photo == null || photo.length <= MasterRow.MAX_PHOTO_BYTES, "error.photo.tooLarge",
                MasterRow.MAX_PHOTO_BYTES / 1024 / 1024);
        database.inTransaction(session -> CatalogRows.master(session, masterId).setPhoto(photo));
    }

    /**
     * Blocks (inactive) or unblocks a master; a blocked master takes no bookings and keeps her history. Blocking a
     * master with bookings ahead is refused (SCHEDULE_CONFLICT): the schedule service blocks her with a decision for
     * each of them, through {@link #deactivate(Session, long)}.
     */
    public void setMasterActive(long masterId, boolean active) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        guard.writeCatalog(write -> {
            write.lock(List.of(masterId));
            Session session = write.session();
            Master master = CatalogRows.master(session, masterId);
            if (!active && master.isActive()) {
                Branch branch = CatalogRows.branch(session, master.getBranchId());
                // Statuses by name: the catalogue sits below the booking feature and does not import it.
                long ahead = ((Number) session.createNativeQuery("select count(*) from booking where employee_id = :e"
                                + " and booking_date >= :today and status in ('NEW', 'CONFIRMED', 'ARRIVED')",
                                Object.class)
                        .setParameter("e", masterId)
                        .setParameter("today", LocalDate.now(clock.withZone(branch.getTimeZone())))
                        .getSingleResult()).longValue();
                if (ahead > 0) {
                    throw new SalonDeskException(ErrorCode.SCHEDULE_CONFLICT, "error.employee.hasBookings",
                            master.getName(), ahead);
                }
            }
            master.setActive(active);
            return null;
        });
    }

    /**
     * Blocks a master inside the caller's transaction: the schedule service's block, once it has decided about each
     * booking ahead of her, in the guarded transaction that holds her lock.
     */
    public static void deactivate(Session session, long masterId) {
        CatalogRows.master(session, masterId).setActive(false);
    }

    public List<JobTitleRow> jobTitles(long branchId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> session.createSelectionQuery("from JobTitle j"
                        + " where j.branchId = :b order by j.name", JobTitle.class).setParameter("b", branchId)
                .getResultList().stream().map(JobTitleRow::of).toList());
    }

    /** The branch's masters, blocked ones too, by name. */
    public List<MasterRow> masters(long branchId) {
        return database.fromTransaction(session -> session.createSelectionQuery("from Master e"
                        + " where e.branchId = :b order by e.name", Master.class).setParameter("b", branchId)
                .getResultList().stream().map(MasterRow::of).toList());
    }
}
