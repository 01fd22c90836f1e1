-- The database itself refuses two blocking bookings of one master that overlap (decision 0011), whatever wrote them.
-- H2 has no exclusion constraint, so each blocking booking (NEW, CONFIRMED, ARRIVED, COMPLETED) owns its master's
-- 5-minute cells of its time in booking_cell, whose primary key lets only one booking hold a cell. A Java trigger
-- keeps the cells in the transaction of the booking's own insert, update or delete (persistence.BookingCellTrigger).
-- A no-show frees its time only once it has begun, which no trigger can know, so the desk keeps checking no-shows.

-- Bookings that already overlapped an earlier one of their master when this guard came (left by the H2 lock fault
-- of decision 0006, or written by hand) are kept as they are and marked; they hold no cells until the desk moves or
-- reinstates them, and the self-check keeps reporting the overlap.
ALTER TABLE booking ADD COLUMN overlap_kept BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE booking_cell (
    employee_id  BIGINT  NOT NULL,
    booking_date DATE    NOT NULL,
    -- the cell's start, in 5-minute steps from midnight (0 .. 287)
    cell_no      INTEGER NOT NULL,
    -- which booking holds the cell; the trigger finds a booking's cells from its row, by the primary key
    booking_id   BIGINT  NOT NULL,
    CONSTRAINT pk_booking_cell PRIMARY KEY (employee_id, booking_date, cell_no)
);

CREATE ALIAS keep_overlaps_and_fill_cells FOR 'org.salondesk.persistence.BookingCellTrigger.keepOverlapsAndFillCells';
CALL keep_overlaps_and_fill_cells();
DROP ALIAS keep_overlaps_and_fill_cells;

CREATE TRIGGER tr_booking_cells AFTER INSERT, UPDATE, DELETE ON booking FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingCellTrigger';
