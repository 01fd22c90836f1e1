package org.salondesk.backup;

import java.time.LocalDateTime;

/**
 * The last restore of the database, kept beside the copies so that every desk on the file learns of it.
 *
 * @param id tells one restore from the next
 * @param at when it was made
 * @param copy the copy put back (its file name)
 * @param copyMadeAt when that copy had been made
 * @param aside the copy of the database as it was just before (its file name)
 * @param desk which desk restored (its {@link BackupService#deskId()})
 */
public record RestoreNotice(String id, LocalDateTime at, String copy, LocalDateTime copyMadeAt, String aside,
                            String desk) {
}
