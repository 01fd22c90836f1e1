package org.salondesk.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.persistence.Database;

/**
 * A branch's rooms, chairs, basins and equipment, and how its services are done: their processing windows and the
 * resources they take (decision 0033). The owner of {@code resource} and {@code service_resource}, and of the
 * processing columns of {@code salon_service} and {@code employee_service}. Every change moves the catalogue version,
 * so availability reads it again.
 */
public final class Resources {

    private final Database database;
    private final CurrentStaff currentStaff;

    public Resources(Database database, CurrentStaff currentStaff) {
        this.database = database;
        this.currentStaff = currentStaff;
    }

    public long createResource(long branchId, String name, int quantity) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checked = Require.text(name, "field.name", ResourceRow.NAME);
        Require.within(quantity, ResourceRow.QUANTITY);
        return database.fromCatalogTransaction(session -> {
            CatalogRows.branch(session, branchId);
            return Database.withConnection(session, connection -> {
                requireUniqueName(connection, branchId, checked, null);
                try (PreparedStatement insert = connection.prepareStatement("insert into resource (branch_id, name,"
                        + " quantity, active) values (?, ?, ?, true)", new String[]{"id"})) {
                    insert.setLong(1, branchId);
                    insert.setString(2, checked);
                    insert.setInt(3, quantity);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
        });
    }

    /** Renames a resource or changes how many there are; bookings already made keep what they took. */
    public void updateResource(long resourceId, String name, int quantity) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        String checked = Require.text(name, "field.name", ResourceRow.NAME);
        Require.within(quantity, ResourceRow.QUANTITY);
        database.inCatalogTransaction(session -> Database.withConnection(session, connection -> {
            ResourceRow row = resource(connection, resourceId);
            requireUniqueName(connection, row.branchId(), checked, resourceId);
            try (PreparedStatement update = connection.prepareStatement(
                    "update resource set name = ?, quantity = ? where id = ?")) {
                update.setString(1, checked);
                update.setInt(2, quantity);
                update.setLong(3, resourceId);
                update.executeUpdate();
            }
            return null;
        }));
    }

    /** Takes a resource out of use (a room under repair): services that need it then have no free time. */
    public void setResourceActive(long resourceId, boolean active) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        database.inCatalogTransaction(session -> Database.withConnection(session, connection -> {
            resource(connection, resourceId);
            try (PreparedStatement update = connection.prepareStatement(
                    "update resource set active = ? where id = ?")) {
                update.setBoolean(1, active);
                update.setLong(2, resourceId);
                update.executeUpdate();
            }
            return null;
        }));
    }

    /** The branch's resources, by name. */
    public List<ResourceRow> resources(long branchId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> Database.withConnection(session, connection -> {
            List<ResourceRow> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id, branch_id, name, quantity,"
                    + " active from resource where branch_id = ? order by name, id")) {
                select.setLong(1, branchId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(row(rows));
                    }
                }
            }
            return result;
        }));
    }

    /**
     * Sets how a service is done: with {@code processingMinutes} 0 its master is busy throughout; otherwise she works
     * {@code busyBeforeMinutes}, is free while the client waits, and works again to the end, so the two must leave
     * work after them within the service's length. {@code needs} replace the resources it took.
     */
    public void setPhases(long serviceId, int busyBeforeMinutes, int processingMinutes, List<ServiceNeed> needs) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        checkPhases(busyBeforeMinutes, processingMinutes, needs);
        database.inCatalogTransaction(session -> writePhases(session, CatalogRows.service(session, serviceId),
                busyBeforeMinutes, processingMinutes, needs));
    }

    /** What can be checked of a service's phases before the transaction: bounds, and each resource named once. */
    static void checkPhases(int busyBeforeMinutes, int processingMinutes, List<ServiceNeed> needs) {
        Require.present(needs, "field.resources");
        if (processingMinutes != 0) {
            Require.within(busyBeforeMinutes, ServicePhases.BUSY_BEFORE);
            Require.within(processingMinutes, ServicePhases.PROCESSING);
        }
        Set<Long> named = new HashSet<>();
        for (ServiceNeed need : needs) {
            Require.present(need, "field.resources");
            Require.that(named.add(need.resourceId()), "error.resource.twice");
        }
    }

    /**
     * Writes a service's checked phases in the caller's transaction (its Save writes the service's fields in the
     * same one): refused when the window leaves no work after it within the service's length, or a resource is
     * another branch's.
     */
    static void writePhases(Session session, SalonService service, int busyBeforeMinutes, int processingMinutes,
                            List<ServiceNeed> needs) {
        int before = processingMinutes == 0 ? 0 : busyBeforeMinutes;
        Require.that(processingMinutes == 0 || before + processingMinutes < service.getDurationMinutes(),
                "error.service.processingTooLong", service.getTitle(), service.getDurationMinutes());
        Database.withConnection(session, connection -> {
            for (ServiceNeed need : needs) {
                ResourceRow resource = resource(connection, need.resourceId());
                Require.that(resource.branchId() == service.getBranchId(), "error.resource.otherBranch",
                        resource.name());
            }
            writePhases(connection, service.getId(), before, processingMinutes, needs);
            return null;
        });
    }

    /**
     * A master's own processing window for a service she provides (both null: the service's). It counts only where
     * it leaves work before and after it within her length of the service.
     */
    public void setOwnProcessing(long masterId, long serviceId, Integer busyBeforeMinutes,
                                 Integer processingMinutes) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        Require.that((busyBeforeMinutes == null) == (processingMinutes == null), "error.service.processingPair");
        if (processingMinutes != null && processingMinutes != 0) {
            Require.within(busyBeforeMinutes, ServicePhases.BUSY_BEFORE);
            Require.within(processingMinutes, ServicePhases.PROCESSING);
        }
        database.inCatalogTransaction(session -> Database.withConnection(session, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update employee_service set"
                    + " busy_before_minutes = ?, processing_minutes = ? where employee_id = ? and service_id = ?")) {
                update.setObject(1, processingMinutes != null && processingMinutes == 0 ? Integer.valueOf(0)
                        : busyBeforeMinutes);
                update.setObject(2, processingMinutes);
                update.setLong(3, masterId);
                update.setLong(4, serviceId);
                if (update.executeUpdate() == 0) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.provision.notFound", masterId,
                            serviceId);
                }
            }
            return null;
        }));
    }

    /** A master's own processing window for a service (both null: the service's, or she does not provide it). */
    public OwnProcessing ownProcessing(long masterId, long serviceId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> Database.withConnection(session, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select busy_before_minutes,"
                    + " processing_minutes from employee_service where employee_id = ? and service_id = ?")) {
                select.setLong(1, masterId);
                select.setLong(2, serviceId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return new OwnProcessing(null, null);
                    }
                    return new OwnProcessing(rows.getObject(1, Integer.class), rows.getObject(2, Integer.class));
                }
            }
        }));
    }

    /** How a service is done: its processing window and the resources it takes. */
    public ServicePhases phases(long serviceId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.fromTransaction(session -> {
            CatalogRows.service(session, serviceId);
            return Database.withConnection(session, connection -> phases(connection, serviceId));
        });
    }

    static ServicePhases phases(Connection connection, long serviceId) throws SQLException {
        int before;
        int processing;
        try (PreparedStatement select = connection.prepareStatement(
                "select busy_before_minutes, processing_minutes from salon_service where id = ?")) {
            select.setLong(1, serviceId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                before = rows.getInt(1);
                processing = rows.getInt(2);
            }
        }
        List<ServiceNeed> needs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select resource_id, phase from"
                + " service_resource where service_id = ? order by resource_id")) {
            select.setLong(1, serviceId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    needs.add(new ServiceNeed(serviceId, rows.getLong(1),
                            ServiceNeed.Phase.valueOf(rows.getString(2))));
                }
            }
        }
        return new ServicePhases(serviceId, before, processing, needs);
    }

    /**
     * A new resource written on the caller's connection, unchecked: for the demo salon's seed, which writes an empty
     * database in one transaction (the table's SQL stays with its owner).
     */
    public static long insertResource(Connection connection, long branchId, String name, int quantity)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into resource (branch_id, name,"
                + " quantity, active) values (?, ?, ?, true)", new String[]{"id"})) {
            insert.setLong(1, branchId);
            insert.setString(2, name);
            insert.setInt(3, quantity);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A service's phases written on the caller's connection, unchecked: for the demo salon's seed. */
    public static void writePhases(Connection connection, long serviceId, int before, int processing,
                                   List<ServiceNeed> needs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update salon_service set busy_before_minutes = ?, processing_minutes = ? where id = ?")) {
            update.setInt(1, before);
            update.setInt(2, processing);
            update.setLong(3, serviceId);
            update.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from service_resource where service_id = ?")) {
            delete.setLong(1, serviceId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into service_resource (service_id, resource_id, phase) values (?, ?, ?)")) {
            for (ServiceNeed need : needs) {
                insert.setLong(1, serviceId);
                insert.setLong(2, need.resourceId());
                insert.setString(3, need.phase().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static ResourceRow resource(Connection connection, long resourceId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, branch_id, name, quantity, active from resource where id = ?")) {
            select.setLong(1, resourceId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.resource.notFound", resourceId);
                }
                return row(rows);
            }
        }
    }

    private static void requireUniqueName(Connection connection, long branchId, String name, Long except)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from resource"
                + " where branch_id = ? and lower(name) = lower(?) and id <> ?")) {
            select.setLong(1, branchId);
            select.setString(2, name);
            select.setLong(3, except == null ? -1 : except);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                Require.that(rows.getInt(1) == 0, "error.resource.nameTaken", name);
            }
        }
    }

    private static ResourceRow row(ResultSet rows) throws SQLException {
        return new ResourceRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getInt(4),
                rows.getBoolean(5));
    }
}
