-- The request list at a chain's size (decision 0021; docs/benchmark.md, "Chain: 1 000 000 bookings").

-- 1. The number of bookings per branch and status, kept in the transaction of every booking's write
--    (persistence.BookingCountTrigger), so that the list's counts per status (and its total, their sum) read a few
--    rows instead of counting every booking.
CREATE TABLE booking_count (
    branch_id BIGINT      NOT NULL REFERENCES branch (id),
    status    VARCHAR(16) NOT NULL,
    bookings  BIGINT      NOT NULL,
    CONSTRAINT pk_booking_count PRIMARY KEY (branch_id, status)
);
INSERT INTO booking_count (branch_id, status, bookings)
    SELECT branch_id, status, COUNT(*) FROM booking GROUP BY branch_id, status;

CREATE TRIGGER count_booking AFTER INSERT, UPDATE, DELETE ON booking FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingCountTrigger';

-- 2. The list sorted by client or master pages along an index too: the names it sorts by (lower case, as shown:
--    name then surname) are copied onto the booking, set when the booking is written and again when the client or
--    master is renamed (persistence.BookingKeyTrigger). The copy of the existing ones is not a change a desk shows.
-- H2 checks NOT NULL before a trigger runs, so the keys start empty and the trigger fills them.
ALTER TABLE booking ADD COLUMN client_key VARCHAR(301) DEFAULT '' NOT NULL;
ALTER TABLE booking ADD COLUMN master_key VARCHAR(200) DEFAULT '' NOT NULL;

DROP TRIGGER change_booking;
UPDATE booking b SET
    client_key = (SELECT LOWER(TRIM(CONCAT(c.name, ' ', c.surname))) FROM client c WHERE c.id = b.client_id),
    master_key = (SELECT LOWER(e.name) FROM employee e WHERE e.id = b.employee_id);
CREATE TRIGGER change_booking AFTER INSERT, UPDATE, DELETE ON booking FOR EACH ROW
    CALL 'org.salondesk.changes.H2ChangeTrigger';

CREATE TRIGGER key_booking BEFORE INSERT, UPDATE ON booking FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingKeyTrigger';
CREATE TRIGGER key_client_renamed AFTER UPDATE ON client FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingKeyTrigger';
CREATE TRIGGER key_master_renamed AFTER UPDATE ON employee FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingKeyTrigger';

-- 3. The orders by client and master have their index (H2's indexes carry the booking's id already).
CREATE INDEX ix_booking_client_order ON booking (client_key, booking_date, start_time, booking_number);
CREATE INDEX ix_booking_master_order ON booking (master_key, booking_date, start_time, booking_number);
