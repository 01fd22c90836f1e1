package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.testing.TestDatabases;

/** The H2 settings SalonDesk's promises rest on: flush on commit, a patient lock wait, no stale cached results. */
class JdbcUrlTest {

    @TempDir
    Path folder;

    @Test
    void anH2FileGetsDurableCommitsALockTimeoutAndNoResultReuse() {
        String url = JdbcUrl.of("jdbc:h2:file:/data/salondesk").value();

        assertThat(url).contains(";WRITE_DELAY=0").contains(";LOCK_TIMEOUT=10000")
                .contains(";OPTIMIZE_REUSE_RESULTS=FALSE");
    }

    @Test
    void anH2MemoryDatabaseGetsNoWriteDelayButTheRest() {
        String url = JdbcUrl.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1").value();

        assertThat(url).doesNotContain("WRITE_DELAY").contains(";LOCK_TIMEOUT=10000")
                .contains(";OPTIMIZE_REUSE_RESULTS=FALSE");
    }

    @Test
    void settingsGivenInTheUrlAreKeptAndOtherDatabasesAreLeftAlone() {
        assertThat(JdbcUrl.of("jdbc:h2:file:/x;write_delay=100;OPTIMIZE_REUSE_RESULTS=TRUE").value())
                .isEqualTo("jdbc:h2:file:/x;write_delay=100;OPTIMIZE_REUSE_RESULTS=TRUE;LOCK_TIMEOUT=10000");
        assertThat(JdbcUrl.of("jdbc:postgresql://db/salon?user=desk").value())
                .isEqualTo("jdbc:postgresql://db/salon?user=desk");
    }

    @Test
    void theOpenFileDatabaseFlushesEveryCommit() throws SQLException {
        try (SalonDesk desk = SalonDesk.open(TestDatabases.fileUrl(folder), Clock.systemDefaultZone());
             Connection connection = DeskInternals.database(desk).dataSource().getConnection()) {
            assertThat(setting(connection, "WRITE_DELAY")).isEqualTo("0");
            // OPTIMIZE_REUSE_RESULTS is not listed among H2's settings; that H2 accepts it shows in the open above,
            // and its effect in ConcurrentBookingTest and IdempotencyTest, which fail without it.
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("setting %s", name).isTrue();
                return rows.getString(1);
            }
        }
    }
}
