-- The overlap guard (decision 0011) with processing time (decision 0033): a master may take another booking while a
-- client's colour processes, so the database compares only the stretches in which she works. Without processing the
-- two ranges are one and the same, as before.
-- A booking keeps the processing window it was booked with, minutes after its start; 0 and 0: none.
ALTER TABLE booking ADD COLUMN processing_from_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE booking ADD COLUMN processing_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE booking ADD CONSTRAINT ck_booking_processing CHECK (
    (processing_from_minutes = 0 AND processing_minutes = 0)
    OR (processing_from_minutes > 0 AND processing_minutes > 0
        AND processing_from_minutes + processing_minutes < duration_minutes));
ALTER TABLE booking DROP CONSTRAINT ex_booking_overlap;
ALTER TABLE booking ADD CONSTRAINT ex_booking_overlap EXCLUDE USING gist (
    employee_id WITH =,
    tsmultirange(
        tsrange(booking_date + start_time, booking_date + start_time
            + (CASE WHEN processing_minutes > 0 THEN processing_from_minutes ELSE duration_minutes END)
            * INTERVAL '1 minute'),
        tsrange(booking_date + start_time + (processing_from_minutes + processing_minutes) * INTERVAL '1 minute',
            booking_date + start_time + duration_minutes * INTERVAL '1 minute')) WITH &&
) WHERE (status IN ('NEW', 'CONFIRMED', 'ARRIVED', 'COMPLETED') AND NOT overlap_kept);
