package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * The day's close (decision 0030): the drawer's opening cash, cash put in or taken out with a reason, and the close,
 * which compares the cash counted with the cash expected and locks the day's money. After the close only an admin adds
 * to the day, and each such change is audited as made after the close.
 */
public final class DayCloseService {

    private final Database database;
    private final AvailabilityGuard guard;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;
    private final Clock clock;

    public DayCloseService(Database database, AvailabilityGuard guard, CurrentStaff currentStaff, AuditTrail trail,
                           Clock clock) {
        this.database = database;
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.trail = trail;
        this.clock = clock;
    }

    /** The branch's drawer on {@code date}, as it stands. */
    public CashDay day(long branchId, LocalDate date) {
        currentStaff.require(Act.DAY_CLOSE);
        Require.present(date, "field.date");
        return database.withConnection(connection -> CashDayReads.day(connection, branchId, date));
    }

    /** Sets the cash the drawer opened with on {@code date}. */
    public CashDay setOpening(long branchId, LocalDate date, BigDecimal amount) {
        currentStaff.require(Act.DAY_CLOSE);
        Require.present(date, "field.date");
        BigDecimal opening = Money.of(amount, Money.AMOUNT);
        return guard.write(write -> {
            Connection connection = write.connection();
            boolean afterClose = ClosedDays.takeDrawer(connection, currentStaff, branchId, date);
            notAfterToday(write, branchId, date);
            CashDayReads.Row row = CashDayReads.row(connection, branchId, date);
            String sql = row == null
                    ? "INSERT INTO cash_day (opening_cash, branch_id, business_date) VALUES (?, ?, ?)"
                    : "UPDATE cash_day SET opening_cash = ? WHERE branch_id = ? AND business_date = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setBigDecimal(1, opening);
                statement.setLong(2, branchId);
                statement.setObject(3, date);
                statement.executeUpdate();
            }
            audit(write, AuditAction.CHANGED, "cash_day", null, "date: " + date + "\nopening: "
                    + (row == null ? "" : row.opening().toPlainString() + " → ") + opening.toPlainString(),
                    afterClose);
            return CashDayReads.day(connection, branchId, date);
        });
    }

    /**
     * Puts cash into the drawer ({@code amount} positive) or takes it out (negative), for {@code reason}; refused when
     * more would be taken out than the drawer should hold.
     */
    public CashDay moveCash(long branchId, LocalDate date, BigDecimal amount, String reason) {
        currentStaff.require(Act.DAY_CLOSE);
        Require.present(date, "field.date");
        Require.present(amount, "field.amount");
        BigDecimal moved = Money.of(amount.abs(), Money.PAYMENT);
        BigDecimal signed = amount.signum() < 0 ? moved.negate() : moved;
        String why = Require.text(reason, "field.cashReason", CheckoutService.REASON);
        return guard.write(write -> {
            Connection connection = write.connection();
            boolean afterClose = ClosedDays.takeDrawer(connection, currentStaff, branchId, date);
            notAfterToday(write, branchId, date);
            BigDecimal inDrawer = CashDayReads.day(connection, branchId, date).expected();
            if (inDrawer.add(signed).signum() < 0) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.cash.notInDrawer", moved, inDrawer);
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_movement (branch_id,"
                    + " business_date, amount, reason, moved_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    new String[]{"id"})) {
                insert.setLong(1, branchId);
                insert.setObject(2, date);
                insert.setBigDecimal(3, signed);
                insert.setString(4, why);
                insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setObject(6, currentStaff.id(), Types.BIGINT);
                id = CheckoutWriter.inserted(insert);
            }
            audit(write, AuditAction.CREATED, "cash_movement", id, "date: " + date + "\namount: "
                    + signed.toPlainString() + "\nreason: " + why, afterClose);
            return CashDayReads.day(connection, branchId, date);
        });
    }

    /**
     * Closes the day with the cash {@code counted} in the drawer; a difference from what was expected needs a note
     * saying why. Refused for a day already closed or still to come.
     */
    public CashDay close(long branchId, LocalDate date, BigDecimal counted, String note) {
        currentStaff.require(Act.DAY_CLOSE);
        Require.present(date, "field.date");
        BigDecimal count = Money.of(counted, Money.AMOUNT);
        String why = Require.optionalText(note, CheckoutService.REASON);
        return guard.write(write -> {
            Connection connection = write.connection();
            ClosedDays.lockDrawer(connection, branchId);
            if (ClosedDays.closed(connection, branchId, date)) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.day.alreadyClosed", date);
            }
            notAfterToday(write, branchId, date);
            CashDay day = CashDayReads.day(connection, branchId, date);
            if (count.compareTo(day.expected()) != 0 && why == null) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.day.differenceNote",
                        count.subtract(day.expected()));
            }
            String sql = day.openingSet()
                    ? "UPDATE cash_day SET opening_cash = ?, expected_cash = ?, counted_cash = ?, note = ?,"
                    + " closed_at = ?, closed_by = ? WHERE branch_id = ? AND business_date = ?"
                    : "INSERT INTO cash_day (opening_cash, expected_cash, counted_cash, note, closed_at, closed_by,"
                    + " branch_id, business_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setBigDecimal(1, day.opening());
                statement.setBigDecimal(2, day.expected());
                statement.setBigDecimal(3, count);
                statement.setString(4, why);
                statement.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                statement.setObject(6, currentStaff.id(), Types.BIGINT);
                statement.setLong(7, branchId);
                statement.setObject(8, date);
                statement.executeUpdate();
            }
            audit(write, AuditAction.CHANGED, "cash_day", null, "closed: " + date + "\nexpected: "
                    + day.expected().toPlainString() + "\ncounted: " + count.toPlainString()
                    + (why == null ? "" : "\nnote: " + why), false);
            return CashDayReads.day(connection, branchId, date);
        });
    }

    /** A day still to come has no money yet: refused. */
    private static void notAfterToday(GuardedWrite write, long branchId, LocalDate date) throws SQLException {
        if (date.isAfter(write.today(branchId))) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.day.notYet", date);
        }
    }

    private void audit(GuardedWrite write, AuditAction action, String recordType, Long id, String changes,
                       boolean afterClose) {
        trail.record(write.session(), new AuditNote(AuditKind.CHECKOUT, action, recordType, id,
                afterClose ? changes + "\nafter the close: yes" : changes));
    }
}
