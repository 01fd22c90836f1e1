-- The overlap guard (decision 0011) with processing time (decision 0033): a booking keeps the processing window it
-- was booked with, minutes after its start (0 and 0: none), and the booking cells trigger leaves that window's cells
-- free, so its master may take another booking then. Every booking so far has none, so its cells stand.
-- H2 rebuilds the table to add a column and hands its triggers the copy's name; the key trigger checks which table it
-- serves, so it is dropped around the change and made again (V19 did the same).
DROP TRIGGER key_booking;
ALTER TABLE booking ADD COLUMN processing_from_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE booking ADD COLUMN processing_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE booking ADD CONSTRAINT ck_booking_processing CHECK (
    (processing_from_minutes = 0 AND processing_minutes = 0)
    OR (processing_from_minutes > 0 AND processing_minutes > 0
        AND processing_from_minutes + processing_minutes < duration_minutes));
CREATE TRIGGER key_booking BEFORE INSERT, UPDATE ON booking FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingKeyTrigger';
