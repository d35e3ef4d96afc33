-- A pillar took another number: the plan order of its areas' initiatives changes with it.
CREATE OR REPLACE FUNCTION pillar_renumbered() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_initiative_listing(ARRAY(
        SELECT link.initiative_id FROM initiative_area link
        JOIN cooperation_areas area ON area.id = link.cooperation_area_id
        WHERE area.pillar_id = NEW.id));
    RETURN NULL;
END
$body$;
