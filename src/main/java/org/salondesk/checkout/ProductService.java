package org.salondesk.checkout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.persistence.Database;

/** The products a branch sells: listed by the desk, created and changed by an admin (the catalogue's line). */
public final class ProductService {

    private final Database database;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public ProductService(Database database, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.currentStaff = currentStaff;
        this.trail = trail;
    }

    /** The branch's products by name, the ones no longer sold too. */
    public List<ProductRow> products(long branchId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, branch_id, name, price, stock,"
                    + " active FROM product WHERE branch_id = ? ORDER BY name, id")) {
                query.setLong(1, branchId);
                List<ProductRow> rows = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(new ProductRow(row.getLong(1), row.getLong(2), row.getString(3),
                                row.getBigDecimal(4), row.getInt(5), row.getBoolean(6)));
                    }
                }
                return rows;
            }
        });
    }

    /** Adds a product to the branch and answers its id. */
    public long create(long branchId, ProductForm form) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        ProductForm product = form.checked();
        return database.fromTransaction(session -> {
            long id = Database.withConnection(session, connection -> insert(connection, branchId, product));
            trail.record(session, new AuditNote(AuditKind.CATALOGUE, AuditAction.CREATED, "product", id,
                    describe(product)));
            return id;
        });
    }

    /** Changes a product: name, price, stock (a count of the shelf) and whether it is sold. */
    public void update(long productId, ProductForm form) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        ProductForm product = form.checked();
        database.inTransaction(session -> {
            int updated = Database.withConnection(session, connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE product SET name = ?, price = ?, stock = ?, active = ? WHERE id = ?")) {
                    update.setString(1, product.name());
                    update.setBigDecimal(2, product.price());
                    update.setInt(3, product.stock());
                    update.setBoolean(4, product.active());
                    update.setLong(5, productId);
                    return update.executeUpdate();
                }
            });
            if (updated == 0) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.product.notFound", productId);
            }
            trail.record(session, new AuditNote(AuditKind.CATALOGUE, AuditAction.CHANGED, "product", productId,
                    describe(product)));
        });
    }

    private static long insert(Connection connection, long branchId, ProductForm product) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product (branch_id, name, price,"
                + " stock, active) VALUES (?, ?, ?, ?, ?)", new String[]{"id"})) {
            insert.setLong(1, branchId);
            insert.setString(2, product.name());
            insert.setBigDecimal(3, product.price());
            insert.setInt(4, product.stock());
            insert.setBoolean(5, product.active());
            insert.executeUpdate();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                generated.next();
                return generated.getLong(1);
            }
        }
    }

    private static String describe(ProductForm product) {
        return "name: " + product.name() + "\nprice: " + product.price().toPlainString() + "\nstock: "
                + product.stock() + "\nactive: " + product.active();
    }
}
