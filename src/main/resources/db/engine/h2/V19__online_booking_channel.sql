-- Issue 16: the booking server. Each booking records the channel it came through (the API key's name; null for the
-- desk), the fingerprint of the request body its idempotency key was first used with (a reuse with another body is
-- refused), and the client's prepayment as the request gave it (amount exact, never floating point).
-- H2 rebuilds the table to add a column and hands its triggers the copy's name; the key trigger checks which table it
-- serves, so it is dropped around the change and made again (its column positions stay: the new ones come last).
DROP TRIGGER key_booking;
ALTER TABLE booking ADD COLUMN channel VARCHAR(100);
ALTER TABLE booking ADD COLUMN request_fingerprint VARCHAR(64);
ALTER TABLE booking ADD COLUMN prepaid_currency VARCHAR(3);
ALTER TABLE booking ADD COLUMN prepaid_method VARCHAR(40);
ALTER TABLE booking ADD COLUMN prepaid_reference VARCHAR(200);
CREATE TRIGGER key_booking BEFORE INSERT, UPDATE ON booking FOR EACH ROW
    CALL 'org.salondesk.persistence.BookingKeyTrigger';

-- A lease (slot hold) taken over the API belongs to its channel: only that key releases it or books with it.
ALTER TABLE slot_hold ADD COLUMN channel VARCHAR(100);

-- GET /api/v1/bookings?phone=…: a client's bookings, filtered by the caller's channel.
CREATE INDEX ix_booking_client_channel ON booking (client_id, channel);
