package org.salondesk.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditTrail;
import org.salondesk.audit.ChangedFields;
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
            new ChangedFields().field("idleLockMinutes", before.idleLockMinutes(), rules.idleLockMinutes())
                    .field("pinsAllowed", before.pinsAllowed(), rules.pinsAllowed())
                    .settingsNote("desk_rules").ifPresent(note -> trail.record(session, note));
        });
    }

    /** Whether the salon lets staff users sign in with a PIN, read on the sign-in's own connection. */
    static boolean pinsAllowed(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pins_allowed FROM desk_rules WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }
}
