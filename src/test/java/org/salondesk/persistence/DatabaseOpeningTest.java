package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.testing.TestDatabases;

/**
 * The desk's start-up opens the database without waiting for Hibernate (decision 0015): plain JDBC works at once,
 * Hibernate work waits for the mapping, and a desk closed while it is still being built closes cleanly.
 */
class DatabaseOpeningTest {

    @Test
    void jdbcWorksAtOnceAndHibernateWorkWaitsForTheMapping() {
        String url = TestDatabases.freshUrl();
        try (Database database = Database.openMappingLater(JdbcUrl.of(url), SalonDesk.ENTITIES)) {
            long branches = database.withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("select count(*) from branch");
                     ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(branches).isZero();
            Long mapped = database.fromTransaction(session -> session.createNativeQuery(
                    "select count(*) from branch", Long.class).getSingleResult());
            assertThat(mapped).isZero();
        }
    }

    @Test
    void aDatabaseClosedWhileItsMappingIsBuiltClosesAndOpensAgain() {
        String url = TestDatabases.freshUrl();
        Database.openMappingLater(JdbcUrl.of(url), SalonDesk.ENTITIES).close();
        try (Database again = Database.open(JdbcUrl.of(url), true, SalonDesk.ENTITIES)) {
            assertThat(again.schemaVersion()).isNotEqualTo("-");
        }
    }
}
