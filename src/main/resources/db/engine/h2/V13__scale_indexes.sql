-- A chain's data (decision 0016; docs/benchmark.md, "Chain: 1 000 000 bookings").

-- The request list sorted by status, source or total pages along an index in its order, as by date already (V6); it
-- reads the last pages backwards from the end. The status one also counts the requests per status.
CREATE INDEX ix_booking_status_order ON booking (status, booking_date, start_time, booking_number);
CREATE INDEX ix_booking_source_order ON booking (source, booking_date, start_time, booking_number);
CREATE INDEX ix_booking_total_order ON booking (total_cost, booking_date, start_time, booking_number);
DROP INDEX ix_booking_status_date;

-- The clients list in its order (surname, name, ignoring case) without sorting every client: H2 indexes no
-- expression, so the lower-case keys are columns of their own, computed by the database.
ALTER TABLE client ADD COLUMN surname_key VARCHAR(100) GENERATED ALWAYS AS (LOWER(surname));
ALTER TABLE client ADD COLUMN name_key VARCHAR(100) GENERATED ALWAYS AS (LOWER(name));
CREATE INDEX ix_client_sort_key ON client (surname_key, name_key, id);

-- The client search by any part of a phone or an email, or the start of a name: each client's terms (phone tails,
-- name, surname, email tails), kept by a trigger in the transaction of the client's own write
-- (persistence.ClientSearchTrigger), so that the search reads an index range, not every client.
CREATE TABLE client_search_term (
    term       VARCHAR(201) NOT NULL,
    client_id  BIGINT       NOT NULL,
    CONSTRAINT pk_client_search_term PRIMARY KEY (term, client_id)
);
CREATE INDEX ix_client_search_term_client ON client_search_term (client_id);

CREATE ALIAS fill_client_search_terms FOR 'org.salondesk.persistence.ClientSearchTrigger.fillAll';
CALL fill_client_search_terms();
DROP ALIAS fill_client_search_terms;

CREATE TRIGGER tr_client_search_terms AFTER INSERT, UPDATE, DELETE ON client FOR EACH ROW
    CALL 'org.salondesk.persistence.ClientSearchTrigger';
