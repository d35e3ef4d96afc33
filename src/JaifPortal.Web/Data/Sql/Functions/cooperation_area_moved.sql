-- An area moved to another pillar: the pillars of its initiatives and events change with it.
CREATE OR REPLACE FUNCTION cooperation_area_moved() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_membership(ARRAY(SELECT initiative_id FROM initiative_area WHERE cooperation_area_id = NEW.id));
    PERFORM refresh_event_membership(ARRAY(SELECT event_id FROM event_area WHERE cooperation_area_id = NEW.id));
    RETURN NULL;
END
$body$;
