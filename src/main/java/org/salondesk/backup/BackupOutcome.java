package org.salondesk.backup;

/** A copy just made on this PC (checked) and what became of its twin in the second folder. */
public record BackupOutcome(BackupCopy copy, SecondCopy second) {
}
