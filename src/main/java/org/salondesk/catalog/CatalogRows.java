package org.salondesk.catalog;

import java.util.Locale;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;

/**
 * Finding a catalogue row inside a transaction (NOT_FOUND when it is gone) and the checks the catalogue's services
 * share: names unique in a branch, a category or job title of the same branch.
 */
public final class CatalogRows {

    private CatalogRows() {
    }

    public static Branch branch(Session session, long branchId) {
        Branch branch = session.find(Branch.class, branchId);
        if (branch == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId);
        }
        return branch;
    }

    public static Master master(Session session, long masterId) {
        Master master = session.find(Master.class, masterId);
        if (master == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", masterId);
        }
        return master;
    }

    static SalonService service(Session session, long serviceId) {
        SalonService service = session.find(SalonService.class, serviceId);
        if (service == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.notFound", serviceId);
        }
        return service;
    }

    /** Refuses a name that another record of the branch already has (DUPLICATE). */
    static void requireUnique(Session session, String entity, String field, long branchId, String value,
                              Long exceptId) {
        long same = session.createSelectionQuery("select count(x) from " + entity + " x where x.branchId = :b"
                        + " and lower(x." + field + ") = :v and (:except is null or x.id <> :except)", Long.class)
                .setParameter("b", branchId).setParameter("v", value.toLowerCase(Locale.ROOT))
                .setParameter("except", exceptId).getSingleResult();
        if (same > 0) {
            throw new SalonDeskException(ErrorCode.DUPLICATE, "error.name.taken", value);
        }
    }

    static void requireCategoryOf(Session session, Branch branch, Long categoryId) {
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

    static void requireJobTitleOf(Session session, Branch branch, Long jobTitleId) {
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
}
