-- Failed sign-ins in a row per login, kept in the database so that every desk on it counts the same failures: five
-- lock the login for a minute; a success clears the row. Keyed by the login as typed (lower case), whether or not a
-- staff user has it, so the lock says nothing about which logins exist.
CREATE TABLE sign_in_attempt (
    login        VARCHAR(100) NOT NULL PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TIMESTAMP(6) WITH TIME ZONE
);
