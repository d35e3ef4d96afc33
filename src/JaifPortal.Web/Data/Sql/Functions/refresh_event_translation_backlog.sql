-- Recomputes the translation backlog (Domain/TranslationBacklog.cs) of the given events from their translations.
CREATE OR REPLACE FUNCTION refresh_event_translation_backlog(record_ids integer[]) RETURNS void LANGUAGE sql AS $body$
    -- Two transactions refreshing one record take turns (in id order, so never in a circle),
    -- and each later statement sees what the other committed.
    SELECT 1 FROM events WHERE id = ANY (record_ids) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM event_translation_backlog WHERE event_id = ANY (record_ids);
    INSERT INTO event_translation_backlog (event_id, lags_original, oldest_unready_at)
    SELECT id, lags_original, oldest_unready_at FROM (
        SELECT r.id,
            EXISTS (
                SELECT 1 FROM event_translation t
                JOIN event_translation o ON o.event_id = t.event_id AND o.language = r.original_language
                WHERE t.event_id = r.id AND t.language <> r.original_language AND o.text_updated_at > t.text_updated_at) AS lags_original,
            (SELECT min(t.text_updated_at) FROM event_translation t WHERE t.event_id = r.id AND t.state <> 'Ready') AS oldest_unready_at
        FROM events r
        WHERE r.id = ANY (record_ids)) AS owed
    WHERE lags_original OR oldest_unready_at IS NOT NULL
    ON CONFLICT (event_id) DO UPDATE SET lags_original = EXCLUDED.lags_original, oldest_unready_at = EXCLUDED.oldest_unready_at;
$body$;
