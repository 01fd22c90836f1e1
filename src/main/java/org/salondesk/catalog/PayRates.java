package org.salondesk.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.hibernate.Session;
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
 * What a master earns (decision 0031): per service a commission, a percent of the line's amount or a fixed amount per
 * service done; per master an optional fixed daily rate. Set with the catalogue, read by the payroll report.
 */
public final class PayRates {

    public static final Bounds PERCENT = Bounds.decimal("fieldName.commissionPercent", 0, 100, 2);
    public static final Bounds AMOUNT = Bounds.decimal("fieldName.commissionAmount", 0, 10_000_000, 2);
    public static final Bounds DAILY_RATE = Bounds.decimal("fieldName.dailyRate", 0, 10_000_000, 2);

    /** A service's commission: exactly one of a percent and a fixed amount. */
    public record Commission(BigDecimal percent, BigDecimal fixedAmount) {

        public static Commission percent(BigDecimal percent) {
            return new Commission(Require.within(percent, PERCENT), null);
        }

        public static Commission fixed(BigDecimal amount) {
            return new Commission(null, Require.within(amount, AMOUNT));
        }
    }

    private final Database database;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public PayRates(Database database, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.currentStaff = currentStaff;
        this.trail = trail;
    }

    public Optional<Commission> commission(long serviceId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT percent, fixed_amount FROM service_commission WHERE service_id = ?")) {
                query.setLong(1, serviceId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Commission(row.getBigDecimal(1), row.getBigDecimal(2)))
                            : Optional.empty();
                }
            }
        });
    }

    public Optional<BigDecimal> dailyRate(long masterId) {
        currentStaff.require(Act.CATALOGUE_READ);
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT daily_rate FROM master_daily_rate WHERE employee_id = ?")) {
                query.setLong(1, masterId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getBigDecimal(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets a service's commission, or takes it away ({@code null}: the master earns nothing of it). */
    public void setCommission(long serviceId, Commission commission) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        database.inTransaction(session -> writeCommission(session, serviceId, commission));
    }

    /** Writes a service's commission in the caller's transaction (the service form's Save writes all in one). */
    void writeCommission(Session session, long serviceId, Commission commission) {
        Database.withConnection(session, connection -> {
            delete(connection, "DELETE FROM service_commission WHERE service_id = ?", serviceId);
            if (commission != null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO service_commission (service_id, percent, fixed_amount) VALUES (?, ?, ?)")) {
                    insert.setLong(1, serviceId);
                    insert.setBigDecimal(2, commission.percent());
                    insert.setBigDecimal(3, commission.fixedAmount());
                    insert.executeUpdate();
                }
            }
            return null;
        });
        trail.record(session, new AuditNote(AuditKind.CATALOGUE, AuditAction.CHANGED, "service_commission",
                serviceId, commission == null ? "commission: none" : "commission: " + describe(commission)));
    }

    /** Sets a master's daily rate, or takes it away ({@code null}). */
    public void setDailyRate(long masterId, BigDecimal rate) {
        currentStaff.require(Act.CATALOGUE_EDIT);
        BigDecimal checked = rate == null ? null : Require.within(rate, DAILY_RATE);
        database.inTransaction(session -> {
            Database.withConnection(session, connection -> {
                delete(connection, "DELETE FROM master_daily_rate WHERE employee_id = ?", masterId);
                if (checked != null) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO master_daily_rate (employee_id, daily_rate) VALUES (?, ?)")) {
                        insert.setLong(1, masterId);
                        insert.setBigDecimal(2, checked);
                        insert.executeUpdate();
                    }
                }
                return null;
            });
            trail.record(session, new AuditNote(AuditKind.CATALOGUE, AuditAction.CHANGED, "master_daily_rate",
                    masterId, "daily rate: " + (checked == null ? "none" : checked.toPlainString())));
        });
    }

    private static String describe(Commission commission) {
        return commission.percent() != null ? commission.percent().toPlainString() + " %"
                : commission.fixedAmount().toPlainString();
    }

    private static void delete(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }
}
