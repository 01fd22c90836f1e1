package org.salondesk.backup;

/** How far a long backup or restore has come: a fraction from 0 to 1 and what it does now, in the user's words. */
@FunctionalInterface
public interface BackupProgress {

    /** Progress that nobody watches. */
    BackupProgress NONE = (fraction, step) -> { };

    void at(double fraction, String step);
}
