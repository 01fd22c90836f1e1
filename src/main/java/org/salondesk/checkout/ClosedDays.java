package org.salondesk.checkout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;

/**
 * The rule of a closed day (decision 0030): once a branch's day is closed its money is locked, and only someone who may
 * change closed days (an admin) adds to it, audited. Every write of money and the close itself first take the
 * branch's drawer, so a payment can never slip in while the day is being closed.
 */
final class ClosedDays {

    private ClosedDays() {
    }

    /**
     * Takes the branch's drawer for this transaction and answers whether {@code date} is closed; on a closed day
     * refused unless the staff may change closed days.
     */
    static boolean takeDrawer(Connection connection, CurrentStaff staff, long branchId, LocalDate date)
            throws SQLException {
        lockDrawer(connection, branchId);
        if (!closed(connection, branchId, date)) {
            return false;
        }
        if (!staff.may(Act.CLOSED_DAYS)) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.day.closed", date);
        }
        return true;
    }

    /** The branch's row locked until the transaction ends: money writes and the close of its days wait in turn. */
    static void lockDrawer(Connection connection, long branchId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM branch WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, branchId);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId);
                }
            }
        }
    }

    static boolean closed(Connection connection, long branchId, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT closed_at FROM cash_day WHERE branch_id = ? AND business_date = ?")) {
            query.setLong(1, branchId);
            query.setObject(2, date);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getObject(1) != null;
            }
        }
    }
}
