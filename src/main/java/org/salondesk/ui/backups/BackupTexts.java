package org.salondesk.ui.backups;

import org.salondesk.backup.BackupCopy;
import org.salondesk.backup.BackupService;
import org.salondesk.backup.CheckedCopy;
import org.salondesk.backup.SecondCopy;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.BackupCheck;

/** What the backups screen says about a copy, a check and the second folder, in the desk's language. */
final class BackupTexts {

    private BackupTexts() {
    }

    /** The restore question: what the checked copy holds, what its migration and checks found, what restoring does. */
    static String question(CheckedCopy checked) {
        BackupCopy copy = checked.copy();
        CheckedCopy.Counts counts = checked.counts();
        StringBuilder text = new StringBuilder(Messages.get("backups.question", made(copy),
                Messages.get("backups.kind." + copy.kind().name()), checked.schemaVersion(), counts.bookings(),
                counts.clients(), counts.masters()));
        if (!checked.schemaVersion().equals(checked.migratedTo())) {
            text.append("\n\n").append(Messages.get("backups.question.migrated", checked.migratedTo()));
        }
        if (!checked.violations().isEmpty()) {
            text.append("\n\n").append(Messages.get("backups.question.violations", checked.violations().size()));
        }
        text.append("\n\n").append(Messages.get("backups.question.effect"));
        return text.toString();
    }

    /** The sentence about the second folder's copy, with a leading space; empty when there is no second folder. */
    static String secondSentence(SecondCopy second) {
        return switch (second.status()) {
            case NOT_SET -> "";
            case COPIED -> " " + (second.check().failed() ? Messages.get("backups.second.broken", second.folder())
                    : Messages.get("backups.second.copied", second.folder()));
            case FAILED -> " " + Messages.get("backups.second.failed", second.folder(), second.problem());
        };
    }

    static BackupRow row(BackupCopy copy) {
        BackupCheck check = copy.check();
        String checked = switch (check.status()) {
            case VERIFIED -> Messages.get("backups.check.verified", check.bookings(), check.schemaVersion());
            case FAILED -> Messages.get("backups.check.failed", BackupService.problem(check));
            case UNCHECKED -> Messages.get("backups.check.unchecked");
        };
        return new BackupRow(copy, made(copy), Messages.get("backups.kind." + copy.kind().name()), size(copy.size()),
                checked, Messages.get(copy.inSecondFolder() ? "backups.where.second" : "backups.where.here"));
    }

    static String made(BackupCopy copy) {
        return Messages.dateTimeFormatter().format(copy.madeAt());
    }

    private static String size(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes >= 0.1 ? Messages.get("backups.size.mb", megabytes)
                : Messages.get("backups.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }
}
