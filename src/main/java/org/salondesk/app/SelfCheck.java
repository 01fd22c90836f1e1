package org.salondesk.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.backup.CheckedCopy;
import org.salondesk.backup.DatabaseCheck;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --self-check}: opens the database, migrates it, checks Hibernate's mapping against the schema, the stored
 * bookings against the booking rules and that the data folder is its owner's only, prints a short report, and answers
 * 0 (all well) or 1.
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
            List<OwnerOnly.Loose> loose = looseFiles(settings, check);
            printFiles(loose, OwnerOnly.hasModes(settings.dataFolder()), out);
            List<BookingRulesAudit.Violation> violations = check.violations();
            violations.forEach(violation -> out.println("  " + violation.description()));
            out.println(!violations.isEmpty() ? Messages.get("selfCheck.violations", violations.size())
                    : loose.isEmpty() ? Messages.get("selfCheck.ok") : Messages.get("selfCheck.filesFailed"));
            return violations.isEmpty() && loose.isEmpty() ? 0 : 1;
        } catch (SalonDeskException e) {
            LOG.error("Self-check failed", e);
            out.println(Messages.get("selfCheck.failed", e.getMessage()));
            return 1;
        }
    }

    /** The files others on this PC may read, one a line, in the desk's language; or that there are none. */
    static void printFiles(List<OwnerOnly.Loose> loose, boolean hasModes, PrintStream out) {
        if (!loose.isEmpty()) {
            out.println(Messages.get("selfCheck.files.loose", loose.size()));
            loose.forEach(file -> out.println("  " + Messages.get("selfCheck.files.mode", file.path(), file.mode())));
        } else if (hasModes) {
            out.println(Messages.get("selfCheck.files.ok"));
        }
    }

    /**
     * The data folder's files and the database's that others may read, once this start has tightened what it could
     * (the log it just wrote, say): what is left is a file of another user, or a disk that refuses modes.
     */
    private static List<OwnerOnly.Loose> looseFiles(LaunchSettings settings, DatabaseCheck check) {
        OwnerOnly.tightenDataFolder(settings.dataFolder());
        Set<OwnerOnly.Loose> loose = new LinkedHashSet<>(OwnerOnly.looseInDataFolder(settings.dataFolder()));
        loose.addAll(check.looseFiles());
        return List.copyOf(loose);
    }
}
