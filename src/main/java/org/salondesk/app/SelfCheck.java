package org.salondesk.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.backup.CheckedCopy;
import org.salondesk.backup.DatabaseCheck;
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
            DatabaseCheck check = desk.selfCheck();
            out.println(Messages.get("selfCheck.schema", check.schemaVersion()));
            CheckedCopy.Counts counts = check.counts();
            out.println(Messages.get("selfCheck.counts", counts.branches(), counts.masters(), counts.clients(),
                    counts.bookings()));
            List<BookingRulesAudit.Violation> violations = check.violations();
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
}
