package org.salondesk.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of a branch's masters, services and categories, read once per report: the sums are grouped by id in
 * the database and named afterwards, so that no name is looked up per summed row.
 */
final class Names {

    /** A service's title and category (null when it has none). */
    record Service(String title, Long categoryId) {
    }

    private Names() {
    }

    static Map<Long, String> masters(Connection connection, long branchId) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        new Sql("SELECT e.id, e.name FROM employee e WHERE e.branch_id = ? ORDER BY e.name, e.id", branchId)
                .list(connection, row -> names.put(row.getLong(1), row.getString(2)));
        return names;
    }

    static Map<Long, Service> services(Connection connection, long branchId) throws SQLException {
        Map<Long, Service> services = new LinkedHashMap<>();
        new Sql("SELECT s.id, s.title, s.category_id FROM salon_service s WHERE s.branch_id = ?"
                + " ORDER BY s.title, s.id", branchId).list(connection, row -> services.put(row.getLong(1),
                new Service(row.getString(2), Sql.optionalId(row, 3))));
        return services;
    }

    static Map<Long, String> categories(Connection connection, long branchId) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        new Sql("SELECT g.id, g.name FROM service_category g WHERE g.branch_id = ? ORDER BY g.name, g.id", branchId)
                .list(connection, row -> names.put(row.getLong(1), row.getString(2)));
        return names;
    }
}
