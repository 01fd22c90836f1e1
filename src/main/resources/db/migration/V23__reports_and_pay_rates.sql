-- Issue 17, reports (decision 0031). What a master earns besides the salon's share: per service either a percent of
-- the line's amount or a fixed amount per service done, and per master an optional fixed daily rate. Kept in tables
-- of their own so that the catalogue's tables (which carry triggers on H2) are not rebuilt.
CREATE TABLE service_commission (
    service_id   BIGINT         NOT NULL PRIMARY KEY REFERENCES salon_service (id),
    percent      NUMERIC(5, 2),
    fixed_amount NUMERIC(12, 2),
    CONSTRAINT ck_service_commission_one CHECK ((percent IS NULL) <> (fixed_amount IS NULL)),
    CONSTRAINT ck_service_commission_percent CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100)),
    CONSTRAINT ck_service_commission_fixed CHECK (fixed_amount IS NULL OR fixed_amount >= 0)
);

CREATE TABLE master_daily_rate (
    employee_id BIGINT         NOT NULL PRIMARY KEY REFERENCES employee (id),
    daily_rate  NUMERIC(12, 2) NOT NULL,
    CONSTRAINT ck_master_daily_rate CHECK (daily_rate >= 0)
);

-- The reports read a branch's checkouts of a date range (their sums and bookings) and the checkouts' lines, a
-- branch's bookings of a date range by status and source, and each client's completed visits: all answered from
-- these indexes without reading the tables' rows (docs/benchmark.md, "Reports").
CREATE INDEX ix_checkout_branch_date ON checkout (branch_id, business_date, booking_id, id, lines_total, discount);
CREATE INDEX ix_checkout_line_sums ON checkout_line (checkout_id, kind, service_id, quantity, amount);
CREATE INDEX ix_booking_branch_attendance ON booking (branch_id, booking_date, status, source, employee_id);
-- A checkout's master is its booking's: this index answers it without reading the booking's row.
CREATE INDEX ix_booking_master_of ON booking (id, employee_id);
CREATE INDEX ix_booking_branch_visits ON booking (branch_id, status, client_id, booking_date, employee_id);
CREATE INDEX ix_payment_branch_date_method ON payment (branch_id, business_date, method, amount, checkout_id);
