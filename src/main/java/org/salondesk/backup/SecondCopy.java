package org.salondesk.backup;

import java.nio.file.Path;

import org.salondesk.persistence.BackupCheck;

/**
 * What became of the copy meant for the second folder (a USB stick or a network share).
 *
 * @param file the copy there (null unless copied)
 * @param check what opening it there found (null unless copied)
 * @param problem why it could not be copied (empty unless failed)
 */
public record SecondCopy(Status status, Path folder, Path file, BackupCheck check, String problem) {

    /** No second folder is set; copied there; or the folder could not be reached or written. */
    public enum Status { NOT_SET, COPIED, FAILED }

    static SecondCopy notSet() {
        return new SecondCopy(Status.NOT_SET, null, null, null, "");
    }

    static SecondCopy failed(Path folder, String problem) {
        return new SecondCopy(Status.FAILED, folder, null, null, problem);
    }
}
