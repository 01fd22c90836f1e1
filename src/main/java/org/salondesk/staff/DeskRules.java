package org.salondesk.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.persistence.Database;

/**
 * The rules every desk of the salon follows ({@link DeskRulesForm}), one row that the admin saves from Settings. Each
 * desk reads them at start and when someone signs in; a sign-in reads whether PINs are allowed as it checks.
 */
public final class DeskRules {

    public static final Bounds IDLE_LOCK_MINUTES = Bounds.whole("fieldName.idleLockMinutes", 0, 480);
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 15;

    private final Database database;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public DeskRules(Database database, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.currentStaff = currentStaff;
        this.trail = trail;
    }

    /** The rules as saved. */
    public DeskRulesForm read() {
        return database.withConnection(DeskRules::read);
    }

    private static DeskRulesForm read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT idle_lock_minutes, pins_allowed FROM desk_rules WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? new DeskRulesForm(row.getInt(1), row.getBoolean(2))
                    : new DeskRulesForm(DEFAULT_IDLE_LOCK_MINUTES, false);
        }
    }

    /** Saves the rules for every desk (the admin's, as Settings are); refused outside the bounds, nothing written. */
    public void save(DeskRulesForm rules) {
        currentStaff.require(Act.SETTINGS);
        Require.present(rules, "field.settings");
        Require.within(rules.idleLockMinutes(), IDLE_LOCK_MINUTES);
        database.inTransaction(session -> {
            DeskRulesForm before = Database.withConnection(session, connection -> {
                DeskRulesForm was = read(connection);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE desk_rules SET idle_lock_minutes = ?, pins_allowed = ? WHERE id = 1")) {
                    update.setInt(1, rules.idleLockMinutes());
                    update.setBoolean(2, rules.pinsAllowed());
                    update.executeUpdate();
                }
                return was;
            });
            String changes = changed("idleLockMinutes", before.idleLockMinutes(), rules.idleLockMinutes())
                    + changed("pinsAllowed", before.pinsAllowed(), rules.pinsAllowed());
            if (!changes.isEmpty()) {
                trail.record(session, new AuditNote(AuditKind.SETTINGS, AuditAction.CHANGED, "desk_rules", 1L,
                        changes.strip()));
            }
        });
    }

    /** A "field: old → new" line of the audit, or nothing when the value stays. */
    private static String changed(String field, Object before, Object after) {
        return before.equals(after) ? "" : field + ": " + before + " → " + after + "\n";
    }

    /** Whether the salon lets staff users sign in with a PIN, read on the sign-in's own connection. */
    static boolean pinsAllowed(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pins_allowed FROM desk_rules WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }
}
