-- The request lists page in date, time and number order: an index in exactly that order lets the database stop after
-- the page instead of sorting every booking (all bookings, or one branch's).
CREATE INDEX ix_booking_date_time_number ON booking (booking_date, start_time, booking_number);
CREATE INDEX ix_booking_branch_date_time_number ON booking (branch_id, booking_date, start_time, booking_number);
DROP INDEX ix_booking_date_time;
DROP INDEX ix_booking_branch_date_time;
