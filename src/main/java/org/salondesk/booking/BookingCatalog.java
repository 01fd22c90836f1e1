package org.salondesk.booking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.Master;
import org.salondesk.catalog.ProvidedService;
import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
import org.salondesk.persistence.Database;

/** The read-only lists of the booking functions: branches, categories, masters and services open for booking. */
final class BookingCatalog {

    private final Database database;

    BookingCatalog(Database database) {
        this.database = database;
    }

    List<CompanyInfo> branches() {
        return database.fromTransaction(session -> session.createQuery(
                        "select new org.salondesk.booking.CompanyInfo(b.id, b.name, b.address) from Branch b "
                                + "where b.active = true order by b.id", CompanyInfo.class)
                .getResultList());
    }

    List<CategoryInfo> categories(long branchId) {
        return database.fromTransaction(session -> {
            branch(session, branchId);
            return session.createQuery(
                            "select new org.salondesk.booking.CategoryInfo(c.id, c.name, c.description) "
                                    + "from ServiceCategory c where c.branchId = :branch order by c.id",
                            CategoryInfo.class)
                    .setParameter("branch", branchId)
                    .getResultList();
        });
    }

    /** Active masters of the branch, filtered by services they all provide, job title, and category. */
    List<EmployeeInfo> masters(long branchId, List<Long> serviceIds, Long jobTitleId, Long serviceCategoryId) {
        return database.fromTransaction(session -> {
            Branch branch = branch(session, branchId);
            List<Long> services = serviceIds == null ? List.of() : serviceIds;
            for (Long serviceId : services) {
                Require.present(serviceId, "field.services");
                SalonService service = session.find(SalonService.class, serviceId);
                if (service == null) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.service.notFound", serviceId);
                }
                Require.that(service.getBranchId() == branchId, "error.service.otherBranch", service.getTitle(),
                        branch.getName());
            }
            if (serviceCategoryId != null) {
                category(session, branch, serviceCategoryId);
            }
            List<Object[]> rows = session.createQuery("""
                            select e, j.name from Master e left join JobTitle j on j.id = e.jobTitleId
                            where e.branchId = :branch and e.active = true
                            and (:jobTitle is null or e.jobTitleId = :jobTitle)
                            and (:category is null or exists (
                                select 1 from ProvidedService es join SalonService s on s.id = es.key.serviceId
                                where es.key.masterId = e.id and s.categoryId = :category and s.active = true))
                            and (:serviceCount = 0 or :serviceCount = (
                                select count(es) from ProvidedService es join SalonService s on s.id = es.key.serviceId
                                where es.key.masterId = e.id and s.active = true and s.id in :services))
                            order by e.id""", Object[].class)
                    .setParameter("branch", branchId)
                    .setParameter("jobTitle", jobTitleId)
                    .setParameter("category", serviceCategoryId)
                    .setParameter("serviceCount", (long) services.size())
                    .setParameter("services", services.isEmpty() ? List.of(-1L) : services)
                    .getResultList();
            List<EmployeeInfo> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                Master master = (Master) row[0];
                result.add(new EmployeeInfo(master.getId(), master.getName(), master.getInformation(),
                        master.getJobTitleId(), (String) row[1]));
            }
            return result;
        });
    }

    /** A master's services by how often she was booked for them, most first (cancelled bookings do not count). */
    List<Long> mostBooked(long masterId) {
        return database.fromTransaction(session -> session.createQuery("""
                        select s.serviceId from Booking b join b.services s
                        where b.masterId = :employee and b.status <> :cancelled
                        group by s.serviceId order by count(b) desc, s.serviceId""", Long.class)
                .setParameter("employee", masterId)
                .setParameter("cancelled", BookingStatus.CANCELLED)
                .getResultList());
    }

    /** Active services of the branch, by category and/or master; for a master, with her own prices and lengths. */
    List<ServiceInfo> services(long branchId, Long serviceCategoryId, Long masterId) {
        return database.fromTransaction(session -> {
            Branch branch = branch(session, branchId);
            if (serviceCategoryId != null) {
                category(session, branch, serviceCategoryId);
            }
            Map<Long, ProvidedService> own = Map.of();
            if (masterId != null) {
                Master master = session.find(Master.class, masterId);
                if (master == null) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.employee.notFound", masterId);
                }
                Require.that(master.getBranchId() == branchId, "error.employee.otherBranch", master.getName(),
                        branch.getName());
                if (!master.isActive()) {
                    return List.of();
                }
                own = session.createQuery("from ProvidedService es where es.key.masterId = :employee",
                                ProvidedService.class)
                        .setParameter("employee", masterId)
                        .getResultStream()
                        .collect(Collectors.toMap(ProvidedService::getServiceId, Function.identity()));
            }
            List<SalonService> services = session.createQuery("""
                            from SalonService s where s.branchId = :branch and s.active = true
                            and (:category is null or s.categoryId = :category) order by s.id""", SalonService.class)
                    .setParameter("branch", branchId)
                    .setParameter("category", serviceCategoryId)
                    .getResultList();
            List<ServiceInfo> result = new ArrayList<>();
            for (SalonService service : services) {
                if (masterId != null && !own.containsKey(service.getId())) {
                    continue;
                }
                ProvidedService mine = own.get(service.getId());
                BigDecimal price = mine != null && mine.getPrice() != null ? mine.getPrice() : service.getPrice();
                int duration = mine != null && mine.getDurationMinutes() != null
                        ? mine.getDurationMinutes() : service.getDurationMinutes();
                result.add(new ServiceInfo(service.getId(), service.getTitle(), service.getDescription(), price,
                        duration, service.getCategoryId()));
            }
            return result;
        });
    }

    static Branch branch(Session session, long branchId) {
        Branch branch = session.find(Branch.class, branchId);
        if (branch == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId);
        }
        return branch;
    }

    private static void category(Session session, Branch branch, long categoryId) {
        ServiceCategory category = session.find(ServiceCategory.class, categoryId);
        if (category == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.category.notFound", categoryId);
        }
        Require.that(category.getBranchId() == branch.getId(), "error.category.otherBranch", category.getName(),
                branch.getName());
    }
}
