package org.salondesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.salondesk.persistence.JdbcUrl;

/** The pg_dump command shown on a PostgreSQL desk: the connection of its JDBC URL, never the password. */
class ServerBackupCommandTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 13);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.salon.local/salon?user=desk&password=s3cret"
            + "|pg_dump --host=db.salon.local --port=5432 --username=desk --format=custom"
            + " --file=salondesk-2027-01-13.dump salon",
        "jdbc:postgresql://10.0.0.5:5433/salon_chain?user=front%20desk&password=x&ssl=true"
            + "|pg_dump --host=10.0.0.5 --port=5433 --username='front desk' --format=custom"
            + " --file=salondesk-2027-01-13.dump salon_chain",
        "jdbc:postgresql://primary:6432,standby:6432/salon?user=desk&targetServerType=primary"
            + "|pg_dump --host=primary --port=6432 --username=desk --format=custom"
            + " --file=salondesk-2027-01-13.dump salon",
        "jdbc:postgresql://[::1]:5434/salon?user=desk"
            + "|pg_dump --host=::1 --port=5434 --username=desk --format=custom --file=salondesk-2027-01-13.dump salon",
        "jdbc:postgresql:salon"
            + "|pg_dump --host=localhost --port=5432 --format=custom --file=salondesk-2027-01-13.dump salon",
        "jdbc:postgresql://server/?user=desk"
            + "|pg_dump --host=server --port=5432 --username=desk --format=custom"
            + " --file=salondesk-2027-01-13.dump desk",
    })
    void namesTheServerPortDatabaseAndUserOfTheUrl(String url, String dump) {
        ServerBackupCommand command = ServerBackupCommand.of(JdbcUrl.of(url), DAY).orElseThrow();

        assertThat(command.dump()).isEqualTo(dump);
        assertThat(command.dump() + command.restore()).doesNotContain("s3cret").doesNotContainIgnoringCase("password");
        assertThat(command.restore()).startsWith("pg_restore ").contains("--clean", "salondesk-2027-01-13.dump");
    }

    @Test
    void noCommandForAnEmbeddedDatabase() {
        assertThat(ServerBackupCommand.of(JdbcUrl.of("jdbc:h2:mem:x"), DAY)).isEmpty();
    }
}
