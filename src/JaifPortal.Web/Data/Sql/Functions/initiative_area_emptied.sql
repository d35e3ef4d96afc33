-- After TRUNCATE of initiative_area: no initiative has an area any more.
CREATE OR REPLACE FUNCTION initiative_area_emptied() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE initiatives SET area_ids = '{}', pillar_ids = '{}' WHERE area_ids <> '{}' OR pillar_ids <> '{}';
    RETURN NULL;
END
$body$;
