-- The client search reads the same terms on both engines and chooses its own plan (decision 0022). A merged record is
-- never found, so it keeps no terms (persistence.ClientSearchTrigger writes none from now on): a search's count is
-- then a count of the terms' clients alone, without reading each client's row.
DELETE FROM client_search_term WHERE client_id IN (SELECT id FROM client WHERE merged_into_id > 0);

-- Her own terms, read from the index alone when the search checks a client (it read each term's row before).
DROP INDEX ix_client_search_term_client;
CREATE INDEX ix_client_search_term_client ON client_search_term (client_id, term);
