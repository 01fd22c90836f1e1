-- Availability reads each booking's processing window (V25) with its time and status. V5's indexes held every column
-- that read needed; without the window's two columns H2 left them for the table, row by row, and the 14 days of a
-- 40-master branch took 6 times as long (1.9 -> 11.6 ms at the median). The window goes into the indexes again.
DROP INDEX ix_booking_branch_occupancy;
DROP INDEX ix_booking_employee_occupancy;
CREATE INDEX ix_booking_branch_occupancy ON booking
    (branch_id, booking_date, employee_id, start_time, duration_minutes, status, processing_from_minutes,
     processing_minutes, id);
CREATE INDEX ix_booking_employee_occupancy ON booking
    (employee_id, booking_date, start_time, duration_minutes, status, processing_from_minutes, processing_minutes, id);
