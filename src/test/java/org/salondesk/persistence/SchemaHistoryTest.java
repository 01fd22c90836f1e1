package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;

/**
 * The cheap look at the schema history that lets a start-up skip Flyway (decision 0015) never skips what Flyway must
 * do: a pending migration still runs, a failed one is still reported, and only a history that holds exactly the
 * build's migrations counts as current. Runs on both engines.
 */
class SchemaHistoryTest {

    @Test
    void aSchemaOneMigrationBehindIsMigratedWhenOpened() throws SQLException {
        String url = TestDatabases.emptyUrl();
        MigrationInfo[] all = TestDatabases.flyway(url).load().info().all();
        String newest = all[all.length - 1].getVersion().getVersion();
        String previous = all[all.length - 2].getVersion().getVersion();
        TestDatabases.flyway(url).target(previous).load().migrate();
        try (Connection connection = TestDatabases.connect(url)) {
            assertThat(SchemaHistory.current(connection, shipped(url))).isFalse();
        }

        try (Database database = Database.open(JdbcUrl.of(url), true, SalonDesk.ENTITIES)) {
            assertThat(database.schemaVersion()).isEqualTo(newest);
        }
        try (Connection connection = TestDatabases.connect(url)) {
            assertThat(SchemaHistory.current(connection, shipped(url))).isTrue();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsStillReportedWhenOpened() throws SQLException {
        String url = TestDatabases.freshUrl();
        Database.open(JdbcUrl.of(url), false, SalonDesk.ENTITIES).close();
        try (Connection connection = TestDatabases.connect(url);
             Statement statement = connection.createStatement()) {
            // What a migration cut off half-way leaves behind on an engine without transactional DDL.
            statement.executeUpdate("update \"" + SchemaHistory.TABLE + "\" set \"success\" = false where"
                    + " \"installed_rank\" = (select max(\"installed_rank\") from \"" + SchemaHistory.TABLE + "\")");
            assertThat(SchemaHistory.current(connection, shipped(url))).isFalse();
        }

        assertThatThrownBy(() -> Database.open(JdbcUrl.of(url), false, SalonDesk.ENTITIES).close())
                .isInstanceOf(SalonDeskException.class)
                .satisfies(e -> assertThat(((SalonDeskException) e).code()).isEqualTo(ErrorCode.STORAGE))
                .hasMessageContaining("failed");
    }

    @Test
    void onlyAHistoryOfExactlyTheBuildsMigrationsIsCurrent() throws SQLException {
        String url = TestDatabases.freshUrl();
        Database.open(JdbcUrl.of(url), false, SalonDesk.ENTITIES).close();
        try (Connection connection = TestDatabases.connect(url);
             Statement statement = connection.createStatement()) {
            assertThat(SchemaHistory.current(connection, shipped(url))).isTrue();
            // A build that ships one migration more has it pending; one whose list is unknown asks Flyway.
            Set<String> more = new HashSet<>(shipped(url).orElseThrow());
            more.add("9999");
            assertThat(SchemaHistory.current(connection, Optional.of(more))).isFalse();
            assertThat(SchemaHistory.current(connection, Optional.empty())).isFalse();
            // A database already migrated by a newer build.
            statement.executeUpdate("insert into \"" + SchemaHistory.TABLE + "\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") select max(\"installed_rank\") + 1, '9999', 'newer', 'SQL', 'V9999__newer.sql',"
                    + " 0, 'test', 1, true from \"" + SchemaHistory.TABLE + "\"");
            assertThat(SchemaHistory.current(connection, shipped(url))).isFalse();
        }
    }

    @Test
    void anEmptyDatabaseIsNotCurrent() throws SQLException {
        String url = TestDatabases.emptyUrl();
        try (Connection connection = TestDatabases.connect(url)) {
            assertThat(SchemaHistory.current(connection, shipped(url))).isFalse();
        }
    }

    @Test
    void theMigrationsOfAJarAreListedAsOfAFolder(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/migration/", "db/migration/V1__first.sql", "db/migration/V2_1__second.sql",
                    "db/migration/notes.txt", "db/migration/old/V7__elsewhere.sql", "db/engine/h2/",
                    "db/engine/h2/V3__own.sql")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("select 1;".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            assertThat(SchemaHistory.shipped(loader, List.of("db/migration", "db/engine/h2")))
                    .contains(Set.of("1", "2.1", "3"));
        }
        assertThat(SchemaHistory.shipped(SchemaHistoryTest.class.getClassLoader(), List.of("db/migration")))
                .hasValueSatisfying(versions -> assertThat(versions).contains("1", "10"));
    }

    private static Optional<Set<String>> shipped(String url) {
        return SchemaHistory.shipped(SchemaHistoryTest.class.getClassLoader(),
                List.of("db/migration", "db/engine/" + JdbcUrl.of(url).engine()));
    }
}
