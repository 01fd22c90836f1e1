package org.salondesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * What the desk offers on the engine under test: on PostgreSQL the server's backups (pg_dump with the desk's own
 * connection) and no copy or restore of its own; on an H2 database that is not a file here, nothing at all.
 */
class BackupSupportTest {

    private SalonDesk desk;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aServerDatabaseIsBackedUpByTheServerAndNeverCopiedOrRestoredByTheDesk() {
        BackupService backups = desk.backups();

        if (TestDatabases.onPostgres()) {
            assertThat(backups.support()).isEqualTo(BackupService.Support.SERVER);
            String url = desk.databaseLink().url().value();
            String port = url.replaceAll("^jdbc:postgresql://localhost:(\\d+)/.*$", "$1");
            String database = url.replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
            assertThat(backups.serverCommand()).hasValueSatisfying(command -> assertThat(command.dump())
                    .isEqualTo("pg_dump --host=localhost --port=" + port + " --username=postgres --format=custom"
                            + " --file=salondesk-" + TestToday.date() + ".dump " + database));
        } else {
            assertThat(backups.support()).isEqualTo(BackupService.Support.NONE);
            assertThat(backups.serverCommand()).isEmpty();
        }
        assertThat(backups.copies(Optional.empty())).isEmpty();
        assertThat(backups.lastRestore()).isEmpty();
        assertThatThrownBy(() -> backups.backUpNow(Optional.empty(), BackupProgress.NONE))
                .isInstanceOfSatisfying(SalonDeskException.class, refused ->
                        assertThat(refused.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThat(backups.daily(Optional.empty())).isEmpty();
    }
}
