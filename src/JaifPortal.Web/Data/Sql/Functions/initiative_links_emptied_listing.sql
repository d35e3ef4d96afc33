-- After TRUNCATE of a table linking initiatives: every initiative is refreshed.
CREATE OR REPLACE FUNCTION initiative_links_emptied_listing() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_listing(ARRAY(SELECT id FROM initiatives));
    RETURN NULL;
END
$body$;
