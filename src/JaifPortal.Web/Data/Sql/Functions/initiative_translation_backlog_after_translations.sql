-- After a statement on initiative_translation: refreshes the backlog of each initiative it touched, once.
CREATE OR REPLACE FUNCTION initiative_translation_backlog_after_translations() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM refresh_initiative_translation_backlog(ARRAY(SELECT DISTINCT initiative_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM refresh_initiative_translation_backlog(ARRAY(SELECT DISTINCT initiative_id FROM old_rows));
    ELSE
        PERFORM refresh_initiative_translation_backlog(ARRAY(SELECT initiative_id FROM old_rows UNION SELECT initiative_id FROM new_rows));
    END IF;
    RETURN NULL;
END
$body$;
