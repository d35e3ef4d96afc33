-- Raises the content version once per transaction and announces it on the channel content_version
-- (delivered at commit). Called by the deferred constraint triggers of every content table (Triggers/content_version*.sql).
CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    raised bigint;
BEGIN
    IF current_setting('jaifportal.content_version_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE content_version SET value = value + 1 WHERE id = 1 RETURNING value INTO raised;
        PERFORM set_config('jaifportal.content_version_bumped', 'yes', true);
        PERFORM pg_notify('content_version', raised::text);
    END IF;
    RETURN NULL;
END
$body$;
