-- After an event's original language changed: its translations are now measured against another text.
CREATE OR REPLACE FUNCTION event_translation_backlog_after_original_language() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM refresh_event_translation_backlog(ARRAY[NEW.id]);
    RETURN NULL;
END
$body$;
