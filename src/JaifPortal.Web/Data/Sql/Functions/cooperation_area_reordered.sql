-- An area moved to another pillar or place: the plan order of its initiatives changes with it.
CREATE OR REPLACE FUNCTION cooperation_area_reordered() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_listing(ARRAY(SELECT initiative_id FROM initiative_area WHERE cooperation_area_id = NEW.id));
    RETURN NULL;
END
$body$;
