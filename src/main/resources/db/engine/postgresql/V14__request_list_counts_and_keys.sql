-- The request list at a chain's size (decision 0021; docs/benchmark.md, "Chain: 1 000 000 bookings").

-- 1. The number of bookings per branch and status, kept in the transaction of every booking's write, so that the
--    list's counts per status (and its total, their sum) read a few rows instead of counting every booking.
CREATE TABLE booking_count (
    branch_id BIGINT      NOT NULL REFERENCES branch (id),
    status    VARCHAR(16) NOT NULL,
    bookings  BIGINT      NOT NULL,
    CONSTRAINT pk_booking_count PRIMARY KEY (branch_id, status)
);
INSERT INTO booking_count (branch_id, status, bookings)
    SELECT branch_id, status, count(*) FROM booking GROUP BY branch_id, status;

CREATE FUNCTION salondesk_count_bookings(branch BIGINT, state VARCHAR, change INTEGER) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO booking_count (branch_id, status, bookings) VALUES (branch, state, change)
    ON CONFLICT (branch_id, status) DO UPDATE SET bookings = booking_count.bookings + EXCLUDED.bookings
$$;

-- A status change moves one booking between two counters; they are always changed in the same order (by status,
-- then branch), so that two desks changing statuses the opposite way never wait for each other in a circle.
CREATE FUNCTION salondesk_booking_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM salondesk_count_bookings(NEW.branch_id, NEW.status, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM salondesk_count_bookings(OLD.branch_id, OLD.status, -1);
    ELSIF (OLD.status, OLD.branch_id) < (NEW.status, NEW.branch_id) THEN
        PERFORM salondesk_count_bookings(OLD.branch_id, OLD.status, -1);
        PERFORM salondesk_count_bookings(NEW.branch_id, NEW.status, 1);
    ELSIF (OLD.status, OLD.branch_id) > (NEW.status, NEW.branch_id) THEN
        PERFORM salondesk_count_bookings(NEW.branch_id, NEW.status, 1);
        PERFORM salondesk_count_bookings(OLD.branch_id, OLD.status, -1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER count_booking AFTER INSERT OR UPDATE OF status, branch_id OR DELETE ON booking
    FOR EACH ROW EXECUTE FUNCTION salondesk_booking_counted();

-- 2. The list sorted by client or master pages along an index too: the names it sorts by (lower case, as shown:
--    name then surname) are copied onto the booking, set when the booking is written and again when the client or
--    master is renamed.
ALTER TABLE booking ADD COLUMN client_key VARCHAR(301);
ALTER TABLE booking ADD COLUMN master_key VARCHAR(200);

ALTER TABLE booking DISABLE TRIGGER change_booking;
UPDATE booking b SET client_key = lower(trim(concat(c.name, ' ', c.surname))), master_key = lower(e.name)
    FROM client c, employee e WHERE c.id = b.client_id AND e.id = b.employee_id;
ALTER TABLE booking ENABLE TRIGGER change_booking;
ALTER TABLE booking ALTER COLUMN client_key SET NOT NULL;
ALTER TABLE booking ALTER COLUMN master_key SET NOT NULL;

CREATE FUNCTION salondesk_booking_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.client_key := (SELECT lower(trim(concat(c.name, ' ', c.surname))) FROM client c WHERE c.id = NEW.client_id);
    NEW.master_key := (SELECT lower(e.name) FROM employee e WHERE e.id = NEW.employee_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER key_booking BEFORE INSERT OR UPDATE OF client_id, employee_id ON booking
    FOR EACH ROW EXECUTE FUNCTION salondesk_booking_keys();

CREATE FUNCTION salondesk_client_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE booking SET client_key = lower(trim(concat(NEW.name, ' ', NEW.surname))) WHERE client_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER key_client_renamed AFTER UPDATE OF name, surname ON client FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.surname IS DISTINCT FROM NEW.surname)
    EXECUTE FUNCTION salondesk_client_renamed();

CREATE FUNCTION salondesk_master_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE booking SET master_key = lower(NEW.name) WHERE employee_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER key_master_renamed AFTER UPDATE OF name ON employee FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION salondesk_master_renamed();

-- 3. Every order's index carries the booking's id, so that a page deep in the list is found by walking the index
--    alone (an index-only scan), without reading each booking it skips.
DROP INDEX ix_booking_date_time_number;
DROP INDEX ix_booking_branch_date_time_number;
DROP INDEX ix_booking_status_order;
DROP INDEX ix_booking_source_order;
DROP INDEX ix_booking_total_order;
CREATE INDEX ix_booking_date_time_number ON booking (booking_date, start_time, booking_number) INCLUDE (id);
CREATE INDEX ix_booking_branch_date_time_number ON booking (branch_id, booking_date, start_time, booking_number)
    INCLUDE (id);
CREATE INDEX ix_booking_status_order ON booking (status, booking_date, start_time, booking_number) INCLUDE (id);
CREATE INDEX ix_booking_source_order ON booking (source, booking_date, start_time, booking_number) INCLUDE (id);
CREATE INDEX ix_booking_total_order ON booking (total_cost, booking_date, start_time, booking_number) INCLUDE (id);
CREATE INDEX ix_booking_client_order ON booking (client_key, booking_date, start_time, booking_number) INCLUDE (id);
CREATE INDEX ix_booking_master_order ON booking (master_key, booking_date, start_time, booking_number) INCLUDE (id);
CREATE INDEX ix_booking_number_order ON booking (booking_number) INCLUDE (id);
