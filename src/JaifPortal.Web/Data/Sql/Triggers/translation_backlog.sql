-- The triggers that keep the translation backlog (migration TranslationBacklog): statement triggers with transition
-- tables refresh each touched record once per statement; a change of a record's original language refreshes it.
DROP TRIGGER IF EXISTS initiative_translation_backlog_after_insert ON initiative_translation;
CREATE TRIGGER initiative_translation_backlog_after_insert AFTER INSERT ON initiative_translation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION initiative_translation_backlog_after_translations();
DROP TRIGGER IF EXISTS initiative_translation_backlog_after_update ON initiative_translation;
CREATE TRIGGER initiative_translation_backlog_after_update AFTER UPDATE ON initiative_translation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION initiative_translation_backlog_after_translations();
DROP TRIGGER IF EXISTS initiative_translation_backlog_after_delete ON initiative_translation;
CREATE TRIGGER initiative_translation_backlog_after_delete AFTER DELETE ON initiative_translation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION initiative_translation_backlog_after_translations();
DROP TRIGGER IF EXISTS initiative_translation_backlog_after_original_language ON initiatives;
CREATE TRIGGER initiative_translation_backlog_after_original_language AFTER UPDATE OF original_language ON initiatives
    FOR EACH ROW WHEN (OLD.original_language IS DISTINCT FROM NEW.original_language)
    EXECUTE FUNCTION initiative_translation_backlog_after_original_language();

DROP TRIGGER IF EXISTS event_translation_backlog_after_insert ON event_translation;
CREATE TRIGGER event_translation_backlog_after_insert AFTER INSERT ON event_translation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_translation_backlog_after_translations();
DROP TRIGGER IF EXISTS event_translation_backlog_after_update ON event_translation;
CREATE TRIGGER event_translation_backlog_after_update AFTER UPDATE ON event_translation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_translation_backlog_after_translations();
DROP TRIGGER IF EXISTS event_translation_backlog_after_delete ON event_translation;
CREATE TRIGGER event_translation_backlog_after_delete AFTER DELETE ON event_translation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_translation_backlog_after_translations();
DROP TRIGGER IF EXISTS event_translation_backlog_after_original_language ON events;
CREATE TRIGGER event_translation_backlog_after_original_language AFTER UPDATE OF original_language ON events
    FOR EACH ROW WHEN (OLD.original_language IS DISTINCT FROM NEW.original_language)
    EXECUTE FUNCTION event_translation_backlog_after_original_language();
