-- A counter that every change of the catalogue or the schedules (services, masters, who does what, shifts, days off,
-- breaks, branch settings) raises in the same transaction. Desks keep those in memory and re-read them only when the
-- counter moved, so another desk's change is seen on the next question; bookings are always read fresh.
CREATE TABLE catalog_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 0);
