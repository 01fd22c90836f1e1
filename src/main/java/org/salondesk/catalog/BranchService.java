package org.salondesk.catalog;

import java.time.Clock;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/**
 * The branches and their settings: the one owner of the branch table. A Save of the settings screen (booking
 * settings, opening hours and what the desk does by itself) is one transaction: all of it or none.
 */
public final class BranchService {

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    public BranchService(Database database, Clock clock, CurrentStaff currentStaff) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** A new branch on the desk's clock zone, with the default slot step (30 minutes) and no lead time. */
    public long createBranch(String name, String address) {
        currentStaff.require(Act.SETTINGS);
        Branch branch = new Branch(Require.text(name, "field.name", Branch.NAME),
                Require.optionalText(address, Branch.ADDRESS), clock.getZone());
        return database.fromCatalogTransaction(session -> {
            session.persist(branch);
            session.flush();
            return branch.getId();
        });
    }

    /**
     * The first branch of an empty database, as the first-run form describes it. When two desks set up one database
     * at once, the second waits for the first and is refused (ILLEGAL_STATE, naming the branch the first made).
     */
    public long createFirstBranch(BranchSettingsForm form) {
        currentStaff.require(Act.SETTINGS);
        BranchSettingsForm checked = BranchSettingsForm.checked(form);
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

    /** Changes a branch's name, address, clock and booking settings (what the desk does by itself stays). */
    public void updateBranch(long branchId, BranchSettingsForm form) {
        currentStaff.require(Act.SETTINGS);
        BranchSettingsForm checked = BranchSettingsForm.checked(form);
        database.inCatalogTransaction(session -> apply(CatalogRows.branch(session, branchId), checked));
    }

    /** Changes what the desk does by itself in a branch (its booking settings stay). */
    public void savePolicies(long branchId, BranchPolicies policies) {
        currentStaff.require(Act.SETTINGS);
        Require.present(policies, "field.settings");
        BranchPolicies checked = policies.checked();
        database.inTransaction(session -> CatalogRows.branch(session, branchId).setPolicies(checked));
    }

    /**
     * The settings screen's Save: the booking settings and what the desk does by itself, in one transaction. A value
     * refused anywhere in it (INVALID_ARGUMENT) leaves the whole branch row as it was.
     */
    public void saveSettings(long branchId, BranchSettingsForm form, BranchPolicies policies) {
        currentStaff.require(Act.SETTINGS);
        BranchSettingsForm checkedForm = BranchSettingsForm.checked(form);
        Require.present(policies, "field.settings");
        BranchPolicies checkedPolicies = policies.checked();
        database.inCatalogTransaction(session -> {
            Branch branch = CatalogRows.branch(session, branchId);
            apply(branch, checkedForm);
            branch.setPolicies(checkedPolicies);
        });
    }

    public BranchSettingsForm branchSettings(long branchId) {
        currentStaff.require(Act.SETTINGS);
        return database.fromTransaction(session -> BranchSettingsForm.of(CatalogRows.branch(session, branchId)));
    }

    /** What the desk does by itself in a branch. */
    public BranchPolicies policies(long branchId) {
        currentStaff.require(Act.SETTINGS);
        return database.fromTransaction(session -> CatalogRows.branch(session, branchId).getPolicies());
    }

    /** Every branch, by id. */
    public List<BranchRow> branches() {
        return database.fromTransaction(session -> session.createSelectionQuery("from Branch b order by b.id",
                Branch.class).getResultList().stream().map(BranchRow::of).toList());
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
}
