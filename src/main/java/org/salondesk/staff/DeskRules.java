package org.salondesk.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/**
 * The rules every desk of the salon follows, which the admin sets in Settings: after how many minutes without a key
 * or the mouse a desk locks itself behind the sign-in form (0: never). Each desk reads them when someone signs in.
 */
public final class DeskRules {

    public static final Bounds IDLE_LOCK_MINUTES = Bounds.whole("fieldName.idleLockMinutes", 0, 480);
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 15;

    private final Database database;
    private final CurrentStaff currentStaff;

    public DeskRules(Database database, CurrentStaff currentStaff) {
        this.database = database;
        this.currentStaff = currentStaff;
    }

    /** The minutes a desk may stand idle before it locks itself; 0: it never does. */
    public int idleLockMinutes() {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT idle_lock_minutes FROM desk_rules WHERE id = 1");
                 ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : DEFAULT_IDLE_LOCK_MINUTES;
            }
        });
    }

    /** Sets the idle minutes for every desk (the admin's, as Settings are); refused outside the bounds. */
    public void setIdleLockMinutes(int minutes) {
        currentStaff.require(Act.SETTINGS);
        Require.within(minutes, IDLE_LOCK_MINUTES);
        database.inTransaction(session -> Database.withConnection(session, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE desk_rules SET idle_lock_minutes = ? WHERE id = 1")) {
                update.setInt(1, minutes);
                return update.executeUpdate();
            }
        }));
    }
}
