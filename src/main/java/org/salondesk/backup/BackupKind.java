package org.salondesk.backup;

import org.salondesk.persistence.Backups;

/** Why a copy was made; its file name says it. */
public enum BackupKind {
    /** The copy a day at start-up. */
    DAILY,
    /** Made with "Back up now". */
    MANUAL,
    /** Made before a newer SalonDesk migrated the database. */
    BEFORE_MIGRATION,
    /** The database as it was before a copy was restored over it. */
    BEFORE_RESTORE;

    /** The kind of the copy named {@code fileName}. */
    public static BackupKind of(String fileName) {
        if (fileName.startsWith(Backups.DAILY_PREFIX)) {
            return DAILY;
        }
        if (fileName.startsWith(Backups.MIGRATION_PREFIX)) {
            return BEFORE_MIGRATION;
        }
        if (fileName.startsWith(Backups.RESTORE_PREFIX)) {
            return BEFORE_RESTORE;
        }
        return MANUAL;
    }
}
