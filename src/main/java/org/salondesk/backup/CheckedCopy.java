package org.salondesk.backup;

import java.nio.file.Path;
import java.util.List;

import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.persistence.ScriptRestore;

/**
 * A copy that passed the self-check and is ready to be put back: it opened read-only, its scratch twin migrated to
 * this version's schema and matched the mapping, and its bookings were checked against the booking rules. Holds the
 * scratch folder with the script a restore runs; {@link #close()} deletes it (restore or not).
 */
public final class CheckedCopy implements AutoCloseable {

    private final BackupCopy copy;
    private final String schemaVersion;
    private final String migratedTo;
    private final Counts counts;
    private final List<BookingRulesAudit.Violation> violations;
    private final Path staging;
    private final Path script;

    /** What the copy holds. */
    public record Counts(long branches, long masters, long clients, long bookings) {
    }

    CheckedCopy(BackupCopy copy, String schemaVersion, String migratedTo, Counts counts,
                List<BookingRulesAudit.Violation> violations, Path staging, Path script) {
        this.copy = copy;
        this.schemaVersion = schemaVersion;
        this.migratedTo = migratedTo;
        this.counts = counts;
        this.violations = List.copyOf(violations);
        this.staging = staging;
        this.script = script;
    }

    public BackupCopy copy() {
        return copy;
    }

    /** The schema version the copy was made at. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The schema version it will have once restored (this SalonDesk's). */
    public String migratedTo() {
        return migratedTo;
    }

    public Counts counts() {
        return counts;
    }

    /** Bookings in the copy that break the booking rules (a restore brings them back as they are). */
    public List<BookingRulesAudit.Violation> violations() {
        return violations;
    }

    Path script() {
        return script;
    }

    @Override
    public void close() {
        ScriptRestore.deleteStaging(staging);
    }
}
