package org.salondesk.app;

import java.time.Clock;
import java.util.function.Consumer;

import org.salondesk.SalonDesk;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.OwnerOnly;

/**
 * Opens the desk's database (migrating it) and, on an empty database, creates the demo salon when the settings ask
 * for it; an empty database without the demo waits for the first-run form. Runs off the UI thread.
 */
final class DeskOpener {

    private DeskOpener() {
    }

    /** The open desk, whether the demo salon was created just now, and whether the database has no branch yet. */
    record OpenedDesk(SalonDesk desk, boolean demoCreated, long millis, boolean empty) {
    }

    static OpenedDesk open(LaunchSettings settings, Clock clock, Consumer<String> progress) {
        long started = System.nanoTime();
        progress.accept(Messages.get("shell.opening"));
        // Hibernate is built in the background meanwhile: the calendar's first day needs only JDBC.
        SalonDesk desk = SalonDesk.openQuickly(settings.databaseUrl(), clock);
        // The log and the database made their files by now; settings files made since the last start are covered too.
        OwnerOnly.tightenDataFolder(settings.dataFolder());
        boolean seeded = false;
        boolean empty;
        try {
            // A salon's database has its branch: the demo (which needs Hibernate) is not even looked at.
            empty = !desk.bookingQueries().anyBranch();
            if (empty && settings.seedDemoIfEmpty()) {
                progress.accept(Messages.get("shell.creatingDemo"));
                seeded = desk.seedDemoIfEmpty();
                empty = !seeded && !desk.bookingQueries().anyBranch();
            }
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
        return new OpenedDesk(desk, seeded, (System.nanoTime() - started) / 1_000_000, empty);
    }
}
