package org.salondesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;

/** Fresh databases for tests: in memory by default, or an H2 file where the test needs a real file. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String memoryUrl() {
        return "jdbc:h2:mem:salondesk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public static String fileUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("salondesk").toAbsolutePath().toString().replace('\\', '/');
    }

    /** A desk on a fresh in-memory database whose mapping Hibernate validates against the migrated schema. */
    public static SalonDesk memoryDesk(Clock clock) {
        return SalonDesk.open(JdbcUrl.of(memoryUrl()), clock, true);
    }
}
