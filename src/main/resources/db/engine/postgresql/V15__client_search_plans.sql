-- The client search reads a table of search terms on PostgreSQL too, as on H2 since V13 (decision 0022): trigram
-- indexes cannot help a word under 3 letters (every client was read for "Ё" or "99") and count a common match (a third
-- of the clients for "example.ru") by reading each of their rows; a term range in a btree answers both.

-- A client's terms, as persistence.ClientSearchTrigger makes them on H2: 'p' and each tail (3 digits or more) of her
-- phone's digits; 't' and her lower-case name, her lower-case surname, and each tail of her lower-case email.
CREATE FUNCTION salondesk_client_search_terms(phone VARCHAR, name VARCHAR, surname VARCHAR, email VARCHAR)
    RETURNS SETOF VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT term FROM (
        SELECT 'p' || substr(d.digits, i) AS term
            FROM (SELECT regexp_replace(phone, '[^0-9]', '', 'g') AS digits) d,
                 generate_series(1, length(d.digits) - 2) i
        UNION ALL SELECT 't' || lower(name) WHERE name <> ''
        UNION ALL SELECT 't' || lower(surname) WHERE surname <> ''
        UNION ALL SELECT 't' || substr(lower(email), i) FROM generate_series(1, length(email)) i
    ) terms
$$;

-- The term in byte order ("C"), so that LIKE 'prefix%' is an index range whatever the database's collation.
CREATE TABLE client_search_term (
    term       VARCHAR(201) COLLATE "C" NOT NULL,
    client_id  BIGINT       NOT NULL,
    CONSTRAINT pk_client_search_term PRIMARY KEY (term, client_id)
);

-- A merged record is never found: it keeps no terms.
INSERT INTO client_search_term (term, client_id)
    SELECT t.term, c.id FROM client c, salondesk_client_search_terms(c.phone, c.name, c.surname, c.email) t (term)
    WHERE c.merged_into_id IS NULL;

-- Her own terms, for the search that walks the list's order and checks each client (read from the index alone).
CREATE INDEX ix_client_search_term_client ON client_search_term (client_id, term);

-- Rewritten in the statement that writes the client, whoever writes her.
CREATE FUNCTION salondesk_client_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM client_search_term WHERE client_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.merged_into_id IS NULL THEN
        INSERT INTO client_search_term (term, client_id)
            SELECT t.term, NEW.id
            FROM salondesk_client_search_terms(NEW.phone, NEW.name, NEW.surname, NEW.email) t (term);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER client_search_terms AFTER INSERT OR DELETE OR UPDATE OF id, name, surname, phone, email, merged_into_id
    ON client FOR EACH ROW EXECUTE FUNCTION salondesk_client_terms_changed();

ANALYZE client_search_term;
