package org.salondesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.h2.tools.TriggerAdapter;

/**
 * The overlap guard on H2 (decision 0011): every blocking booking owns its master's 5-minute cells of its time in
 * {@code booking_cell}, whose primary key lets only one booking hold a cell. H2 calls this trigger inside the
 * statement that inserts, updates or deletes a booking, so the cells change in that transaction: a plain SQL write is
 * refused like the desk's, and of two transactions taking one cell the second waits for the first (H2 retries its
 * statement) and is refused once the first commits.
 * <p>
 * H2 loads this class by name from the class path whenever it opens the file (migration V11 names it), so it must
 * keep its name and package and import nothing but the JDK and H2.
 */
public final class BookingCellTrigger extends TriggerAdapter {

    /** The table of cells; a refusal names it (see {@link OverlapGuard}). */
    static final String CELL_TABLE = "BOOKING_CELL";

    /** The booking grid of decision 0002 (SlotGrid's step: persistence imports no feature). */
    private static final int SECONDS_PER_CELL = 5 * 60;
    private static final int CELLS_PER_DAY = 24 * 60 * 60 / SECONDS_PER_CELL;

    /** The statuses that hold time for the database; a no-show is left to the desk (it frees its time once begun). */
    private static final Set<String> BLOCKING = Set.of("NEW", "CONFIRMED", "ARRIVED", "COMPLETED");

    /** The cells {@code [first, last]} of one booking, counted from its date's midnight, in one statement. */
    private static final String TAKE = "insert into booking_cell (employee_id, booking_date, cell_no, booking_id)"
            + " select ?, dateadd(day, x / " + CELLS_PER_DAY + ", cast(? as date)), mod(x, " + CELLS_PER_DAY
            + "), ? from system_range(?, ?)";
    /** By the primary key, one day's cells at a time: no second index to keep (decision 0011, its cost). */
    private static final String RELEASE = "delete from booking_cell where employee_id = ? and booking_date = ?"
            + " and cell_no between ? and ? and booking_id = ?";

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        Cells before = oldRow == null ? null : Cells.of(oldRow);
        Cells after = newRow == null ? null : Cells.of(newRow);
        if (before == null ? after == null : before.equals(after)) {
            // A note, a payment, a step along the pipeline, a client merge: the booking holds the same time.
            return;
        }
        if (before != null) {
            try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
                before.release(release);
            }
        }
        if (after != null) {
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                after.take(take);
            } catch (SQLException e) {
                throw refusal(after, e);
            }
        }
    }

    /**
     * Migration V11: per master in time order, marks every blocking booking that starts before the last guarded one
     * ends as {@code overlap_kept} (it stays as it is, outside the guard) and gives every other one its cells.
     * Called once through an alias, before the trigger exists.
     */
    public static void keepOverlapsAndFillCells(Connection connection) throws SQLException {
        List<Long> kept = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(
                "select id, employee_id, booking_date, start_time, duration_minutes, status, overlap_kept"
                        + " from booking where status in ('NEW', 'CONFIRMED', 'ARRIVED', 'COMPLETED')"
                        + " order by employee_id, booking_date, start_time, id");
             ResultSet rows = read.executeQuery();
             PreparedStatement take = connection.prepareStatement(TAKE)) {
            long master = Long.MIN_VALUE;
            long guardedTill = Long.MIN_VALUE;
            int batched = 0;
            while (rows.next()) {
                Cells cells = Cells.of(rows);
                if (cells.masterId() != master) {
                    master = cells.masterId();
                    guardedTill = Long.MIN_VALUE;
                }
                if (cells.first() < guardedTill) {
                    kept.add(cells.bookingId());
                    continue;
                }
                guardedTill = cells.end();
                cells.addTo(take);
                if (++batched % 1000 == 0) {
                    take.executeBatch();
                }
            }
            take.executeBatch();
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "update booking set overlap_kept = true where id = ?")) {
            for (long id : kept) {
                mark.setLong(1, id);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /** The refusal, naming the cell table (what {@link OverlapGuard} looks for) and the booking, for the log. */
    private static SQLException refusal(Cells cells, SQLException cause) {
        if (!"23505".equals(cause.getSQLState())) {
            return cause;
        }
        return new SQLIntegrityConstraintViolationException("Overlapping bookings refused (" + CELL_TABLE
                + "): booking " + cells.bookingId() + " of master " + cells.masterId() + " on " + cells.date()
                + " overlaps another blocking booking", cause.getSQLState(), cause.getErrorCode(), cause);
    }

    /**
     * The cells a blocking booking holds, counted from its date's midnight: {@code [first, end)}, less its processing
     * window's cells {@code [gapFirst, gapEnd)} (empty when it has none: its master is free then, decision 0033). A
     * start or length off the 5-minute grid (older data) widens to whole cells; a booking running past midnight goes
     * on into the next day's cells.
     */
    private record Cells(long bookingId, long masterId, LocalDate date, long first, long end, long gapFirst,
                         long gapEnd) {

        /** The cells of this booking row, or null when it holds no time for the database. */
        static Cells of(ResultSet row) throws SQLException {
            if (!BLOCKING.contains(row.getString("STATUS")) || row.getBoolean("OVERLAP_KEPT")) {
                return null;
            }
            LocalDate date = row.getObject("BOOKING_DATE", LocalDate.class);
            long startSecond = row.getObject("START_TIME", LocalTime.class).toSecondOfDay();
            long endSecond = startSecond + 60L * row.getInt("DURATION_MINUTES");
            long first = startSecond / SECONDS_PER_CELL;
            long end = Math.max(first + 1, (endSecond + SECONDS_PER_CELL - 1) / SECONDS_PER_CELL);
            long dayCells = date.toEpochDay() * CELLS_PER_DAY;
            long gapFirst = 0;
            long gapEnd = 0;
            int processing = minutesOrNone(row, "PROCESSING_MINUTES");
            if (processing > 0) {
                // Only the cells wholly inside the window are left free.
                long gapStartSecond = startSecond + 60L * minutesOrNone(row, "PROCESSING_FROM_MINUTES");
                gapFirst = dayCells + (gapStartSecond + SECONDS_PER_CELL - 1) / SECONDS_PER_CELL;
                gapEnd = Math.max(gapFirst, dayCells + (gapStartSecond + 60L * processing) / SECONDS_PER_CELL);
            }
            return new Cells(row.getLong("ID"), row.getLong("EMPLOYEE_ID"), date, dayCells + first, dayCells + end,
                    gapFirst, gapEnd);
        }

        /** A column the row may not have: migration V11 reads bookings before processing came (V25). */
        private static int minutesOrNone(ResultSet row, String column) throws SQLException {
            try {
                row.findColumn(column);
            } catch (SQLException absent) {
                return 0;
            }
            return row.getInt(column);
        }

        /** The runs of cells held, {@code [from, to)} each: one, or two around the processing window. */
        private long[][] runs() {
            if (gapEnd <= gapFirst) {
                return new long[][]{{first, end}};
            }
            return new long[][]{{first, gapFirst}, {gapEnd, end}};
        }

        /** Deletes these cells, day by day (a booking past midnight has two). */
        void release(PreparedStatement release) throws SQLException {
            for (long[] run : runs()) {
                for (long day = Math.floorDiv(run[0], CELLS_PER_DAY); day <= Math.floorDiv(run[1] - 1, CELLS_PER_DAY);
                     day++) {
                    long dayCells = day * CELLS_PER_DAY;
                    release.setLong(1, masterId);
                    release.setObject(2, LocalDate.ofEpochDay(day));
                    release.setLong(3, Math.max(run[0], dayCells) - dayCells);
                    release.setLong(4, Math.min(run[1], dayCells + CELLS_PER_DAY) - 1 - dayCells);
                    release.setLong(5, bookingId);
                    release.executeUpdate();
                }
            }
        }

        /** Takes these cells: one statement per run. */
        void take(PreparedStatement take) throws SQLException {
            for (long[] run : runs()) {
                bind(take, run[0], run[1]);
                take.executeUpdate();
            }
        }

        /** Adds this booking's runs to a batch. */
        void addTo(PreparedStatement take) throws SQLException {
            for (long[] run : runs()) {
                bind(take, run[0], run[1]);
                take.addBatch();
            }
        }

        private void bind(PreparedStatement take, long from, long to) throws SQLException {
            long dayCells = date.toEpochDay() * CELLS_PER_DAY;
            take.setLong(1, masterId);
            take.setObject(2, date);
            take.setLong(3, bookingId);
            take.setLong(4, from - dayCells);
            take.setLong(5, to - dayCells - 1);
        }
    }
}
