-- At the commit, for each changed link (country, organisation, area) or milestone of an initiative: refreshes
-- the initiative it left and the one it joined.
CREATE OR REPLACE FUNCTION initiative_link_changed_listing() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_listing(ARRAY[
        CASE WHEN TG_OP <> 'INSERT' THEN OLD.initiative_id END,
        CASE WHEN TG_OP <> 'DELETE' THEN NEW.initiative_id END]);
    RETURN NULL;
END
$body$;
