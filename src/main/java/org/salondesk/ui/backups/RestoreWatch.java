package org.salondesk.ui.backups;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.salondesk.backup.BackupService;
import org.salondesk.backup.RestoreNotice;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks, every few seconds, whether another desk on the same file is restoring or has restored the database. While
 * one is under way the desk says so once; when one is done it says from which copy and reads its screens again.
 */
final class RestoreWatch {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreWatch.class);

    private final BackupService backups;
    private final BackgroundExecutor background;
    private final BooleanSupplier busyHere;
    private final Consumer<String> news;
    private final Runnable restoredElsewhere;
    private String seenRestore;
    private boolean watching;
    private boolean watchPending;
    private boolean toldUnderway;

    /**
     * {@code busyHere}: whether this desk is copying or restoring itself; {@code news}: where to tell the whole desk;
     * {@code restoredElsewhere}: reads the screens again.
     */
    RestoreWatch(BackupService backups, BackgroundExecutor background, BooleanSupplier busyHere,
                 Consumer<String> news, Runnable restoredElsewhere) {
        this.backups = backups;
        this.background = background;
        this.busyHere = busyHere;
        this.news = news;
        this.restoredElsewhere = restoredElsewhere;
    }

    /** A restore this desk made itself: not news to it. */
    void seen(String restoreId) {
        seenRestore = restoreId;
    }

    void watch() {
        if (watchPending) {
            // A look still queued behind long work (a copy of a big database) is enough; looks do not pile up.
            return;
        }
        watchPending = true;
        background.run(() -> new Watched(backups.restoreUnderway(), backups.lastRestore()), watched -> {
            watchPending = false;
            Optional<RestoreNotice> last = watched.last();
            if (!watching) {
                // The restore that was there when the desk started is old news.
                watching = true;
                seenRestore = last.map(RestoreNotice::id).orElse(null);
                return;
            }
            if (watched.underway() && !busyHere.getAsBoolean() && !toldUnderway) {
                toldUnderway = true;
                news.accept(Messages.get("backups.underwayElsewhere"));
            }
            if (last.isPresent() && !last.get().id().equals(seenRestore)) {
                seenRestore = last.get().id();
                toldUnderway = false;
                if (!last.get().desk().equals(backups.deskId())) {
                    news.accept(Messages.get("backups.restoredElsewhere",
                            Messages.dateTimeFormatter().format(last.get().copyMadeAt())));
                    restoredElsewhere.run();
                }
            }
        }, failure -> {
            watchPending = false;
            LOG.debug("Could not look for restores at other desks", failure);
        });
    }

    private record Watched(boolean underway, Optional<RestoreNotice> last) {
    }
}
