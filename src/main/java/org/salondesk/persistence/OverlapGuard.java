package org.salondesk.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * Recognises the database's own refusal of two overlapping blocking bookings of one master (decision 0011) and turns
 * it into the refusal the desk's check gives, so that whichever write met it the receptionist reads "This time is
 * already taken" and nothing is written: on PostgreSQL the exclusion constraint {@value #CONSTRAINT}, on H2 the key of
 * {@code booking_cell} (taken, or being taken by a transaction not yet committed).
 */
public final class OverlapGuard {

    /** The PostgreSQL exclusion constraint of migration V11. */
    static final String CONSTRAINT = "ex_booking_overlap";

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String UNIQUE_VIOLATION = "23505";
    /** H2's "concurrent update": another uncommitted transaction holds the same key. */
    private static final String H2_CONCURRENT_UPDATE = "90131";

    private OverlapGuard() {
    }

    /** The desk's refusal when {@code failure} (or a cause of it) is the overlap guard's; else empty. */
    public static Optional<SalonDeskException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isGuard(sql)) {
                return Optional.of(new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, failure, "error.slot.taken"));
            }
        }
        return Optional.empty();
    }

    /** {@code failure} as the desk's refusal when it is the overlap guard's, else as it is. */
    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof SalonDeskException) {
            return failure;
        }
        return refusal(failure).<RuntimeException>map(refusal -> refusal).orElse(failure);
    }

    private static boolean isGuard(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (EXCLUSION_VIOLATION.equals(state) && message.contains(CONSTRAINT)) {
                return true;
            }
            if ((UNIQUE_VIOLATION.equals(state) || H2_CONCURRENT_UPDATE.equals(state))
                    && message.toUpperCase(Locale.ROOT).contains(BookingCellTrigger.CELL_TABLE)) {
                return true;
            }
            if (e.getNextException() == e) {
                break;
            }
        }
        return false;
    }
}
