package org.salondesk.backup;

/** A restore done: the copy put back and the copy of the database as it was just before (kept aside). */
public record RestoreOutcome(BackupCopy restored, BackupCopy aside, RestoreNotice notice) {
}
