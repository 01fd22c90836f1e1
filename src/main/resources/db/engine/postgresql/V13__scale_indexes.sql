-- A chain's data (decision 0016; docs/benchmark.md, "Chain: 1 000 000 bookings").

-- The request list sorted by status, source or total pages along an index in its order, as by date already (V6); it
-- reads the last pages backwards from the end. The status one also counts the requests per status.
CREATE INDEX ix_booking_status_order ON booking (status, booking_date, start_time, booking_number);
CREATE INDEX ix_booking_source_order ON booking (source, booking_date, start_time, booking_number);
CREATE INDEX ix_booking_total_order ON booking (total_cost, booking_date, start_time, booking_number);
DROP INDEX ix_booking_status_date;

-- The clients list in its order (surname, name, ignoring case) without sorting every client; the keys are columns,
-- as on H2, so that one query serves both engines.
ALTER TABLE client ADD COLUMN surname_key VARCHAR(100) GENERATED ALWAYS AS (lower(surname)) STORED;
ALTER TABLE client ADD COLUMN name_key VARCHAR(100) GENERATED ALWAYS AS (lower(name)) STORED;
CREATE INDEX ix_client_sort_key ON client (surname_key, name_key, id);

-- The client search by any part of a phone or an email, or the start of a name: trigram indexes answer LIKE with a
-- leading wildcard too (pg_trgm ships with PostgreSQL and a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_client_phone_trgm ON client USING gin (phone gin_trgm_ops);
CREATE INDEX ix_client_name_trgm ON client USING gin (name_key gin_trgm_ops);
CREATE INDEX ix_client_surname_trgm ON client USING gin (surname_key gin_trgm_ops);
CREATE INDEX ix_client_email_trgm ON client USING gin (lower(email) gin_trgm_ops);
