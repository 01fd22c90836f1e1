package org.salondesk.ui.backups;

import org.salondesk.backup.BackupCopy;

/**
 * A copy as the list shows it: the copy and its columns in the desk's words.
 *
 * @param made when it was made
 * @param kind why it was made
 * @param size how big it is
 * @param check what opening it read-only found
 * @param where on this PC or in the second folder
 */
public record BackupRow(BackupCopy copy, String made, String kind, String size, String check, String where) {

    /** The copy did not open: the row stands out, and the copy stays until someone has looked at it. */
    public boolean failed() {
        return copy.check().failed();
    }
}
