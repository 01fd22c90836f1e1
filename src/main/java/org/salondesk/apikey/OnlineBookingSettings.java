package org.salondesk.apikey;

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
 * The booking server's settings ({@link OnlineBookingForm}): one row of the database, so that the desk app and a
 * headless server read the same; saved by the admin from Settings, within the bounds the schema checks.
 */
public final class OnlineBookingSettings {

    public static final Bounds PORT = Bounds.whole("fieldName.port", 1024, 65535);
    public static final Bounds LEASE_MINUTES = Bounds.whole("fieldName.leaseMinutes", 1, 30);
    public static final OnlineBookingForm DEFAULTS = new OnlineBookingForm(false, 8080, 10);

    private final Database database;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public OnlineBookingSettings(Database database, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.currentStaff = currentStaff;
        this.trail = trail;
    }

    /** The settings as saved. */
    public OnlineBookingForm read() {
        return database.withConnection(OnlineBookingSettings::read);
    }

    private static OnlineBookingForm read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT enabled, port, lease_minutes FROM online_booking WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? new OnlineBookingForm(row.getBoolean(1), row.getInt(2), row.getInt(3)) : DEFAULTS;
        }
    }

    /** Saves the settings (the admin's); refused outside the bounds, nothing written. */
    public void save(OnlineBookingForm form) {
        currentStaff.require(Act.SETTINGS);
        Require.present(form, "field.settings");
        Require.within(form.port(), PORT);
        Require.within(form.leaseMinutes(), LEASE_MINUTES);
        database.inTransaction(session -> {
            OnlineBookingForm before = Database.withConnection(session, connection -> {
                OnlineBookingForm was = read(connection);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE online_booking SET enabled = ?, port = ?, lease_minutes = ? WHERE id = 1")) {
                    update.setBoolean(1, form.enabled());
                    update.setInt(2, form.port());
                    update.setInt(3, form.leaseMinutes());
                    update.executeUpdate();
                }
                return was;
            });
            new ChangedFields().field("enabled", before.enabled(), form.enabled())
                    .field("port", before.port(), form.port())
                    .field("leaseMinutes", before.leaseMinutes(), form.leaseMinutes())
                    .settingsNote("online_booking").ifPresent(note -> trail.record(session, note));
        });
    }
}
