package org.salondesk.app;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --self-check}: opens the database, migrates it, checks Hibernate's mapping against the schema and the stored
 * bookings against the booking rules, prints a short report, and answers 0 (all well) or 1.
 */
final class SelfCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);

    private SelfCheck() {
    }

    static int run(LaunchSettings settings, PrintStream out) {
        out.println(Messages.get("selfCheck.database", settings.databaseUrl().describe()));
        try (SalonDesk desk = SalonDesk.open(settings.databaseUrl(), Clock.systemDefaultZone(), true)) {
            List<BookingRulesAudit.Violation> violations = desk.database().withConnection(connection -> {
                out.println(Messages.get("selfCheck.schema", desk.database().schemaVersion()));
                out.println(Messages.get("selfCheck.counts", count(connection, "branch"),
                        count(connection, "employee"), count(connection, "client"), count(connection, "booking")));
                return new BookingRulesAudit().check(connection);
            });
            violations.forEach(violation -> out.println("  " + violation.description()));
            out.println(violations.isEmpty() ? Messages.get("selfCheck.ok")
                    : Messages.get("selfCheck.violations", violations.size()));
            return violations.isEmpty() ? 0 : 1;
        } catch (SalonDeskException e) {
            LOG.error("Self-check failed", e);
            out.println(Messages.get("selfCheck.failed", e.getMessage()));
            return 1;
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
