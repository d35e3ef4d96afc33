-- After TRUNCATE of event_area: no event has an area any more.
CREATE OR REPLACE FUNCTION event_area_emptied() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    UPDATE events SET area_ids = '{}', pillar_ids = '{}' WHERE area_ids <> '{}' OR pillar_ids <> '{}';
    RETURN NULL;
END
$body$;
