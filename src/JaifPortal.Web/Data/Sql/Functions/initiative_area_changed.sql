-- At the commit, for each changed link of an initiative to an area: refreshes the initiative it left and the one it joined.
CREATE OR REPLACE FUNCTION initiative_area_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_membership(ARRAY[
        CASE WHEN TG_OP <> 'INSERT' THEN OLD.initiative_id END,
        CASE WHEN TG_OP <> 'DELETE' THEN NEW.initiative_id END]);
    RETURN NULL;
END
$body$;
