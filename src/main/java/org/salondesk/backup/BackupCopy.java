package org.salondesk.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.salondesk.persistence.BackupCheck;

/**
 * One copy of the database, as the list shows it.
 *
 * @param file the copy's zip file
 * @param kind why it was made
 * @param madeAt when it was made
 * @param size its size in bytes
 * @param check what opening it read-only found (or that nobody has looked yet)
 * @param inSecondFolder whether it lies in the second folder (a USB stick or a share) rather than on this PC
 */
public record BackupCopy(Path file, BackupKind kind, LocalDateTime madeAt, long size, BackupCheck check,
                         boolean inSecondFolder) {

    public String name() {
        return file.getFileName().toString();
    }
}
