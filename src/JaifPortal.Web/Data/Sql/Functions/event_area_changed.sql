-- At the commit, for each changed link of an event to an area: refreshes the event it left and the one it joined.
CREATE OR REPLACE FUNCTION event_area_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_event_membership(ARRAY[
        CASE WHEN TG_OP <> 'INSERT' THEN OLD.event_id END,
        CASE WHEN TG_OP <> 'DELETE' THEN NEW.event_id END]);
    RETURN NULL;
END
$body$;
