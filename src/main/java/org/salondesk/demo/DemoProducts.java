package org.salondesk.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.catalog.Branch;
import org.salondesk.persistence.Database;

/** What each demo branch sells at the checkout besides its services: a shelf of care products, in stock. */
final class DemoProducts {

    record Product(String name, String price, int stock) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("Шампунь для окрашенных волос, 250 мл", "890.00", 12),
            new Product("Маска для волос восстанавливающая", "1250.00", 8),
            new Product("Масло для кутикулы", "450.00", 20),
            new Product("Крем для рук", "390.50", 15),
            new Product("Термозащитный спрей", "1100.00", 6));

    private DemoProducts() {
    }

    /** The same shelf in every branch (written with the catalogue, in its transaction). */
    static void add(Session session, List<Branch> branches) {
        session.flush();
        Database.withConnection(session, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO product (branch_id, name, price, stock, active) VALUES (?, ?, ?, ?, TRUE)")) {
                for (Branch branch : branches) {
                    for (Product product : PRODUCTS) {
                        insert.setLong(1, branch.getId());
                        insert.setString(2, product.name());
                        insert.setBigDecimal(3, new BigDecimal(product.price()));
                        insert.setInt(4, product.stock());
                        insert.addBatch();
                    }
                }
                return insert.executeBatch().length;
            }
        });
    }
}
