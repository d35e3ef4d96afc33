-- After a statement on event_translation: refreshes the backlog of each event it touched, once.
CREATE OR REPLACE FUNCTION event_translation_backlog_after_translations() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM refresh_event_translation_backlog(ARRAY(SELECT DISTINCT event_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM refresh_event_translation_backlog(ARRAY(SELECT DISTINCT event_id FROM old_rows));
    ELSE
        PERFORM refresh_event_translation_backlog(ARRAY(SELECT event_id FROM old_rows UNION SELECT event_id FROM new_rows));
    END IF;
    RETURN NULL;
END
$body$;
