-- Recomputes the translation backlog (Domain/TranslationBacklog.cs) of the given initiatives from their translations.
CREATE OR REPLACE FUNCTION refresh_initiative_translation_backlog(record_ids integer[]) RETURNS void LANGUAGE sql AS $body$
    -- Two transactions refreshing one record take turns (in id order, so never in a circle),
    -- and each later statement sees what the other committed.
    SELECT 1 FROM initiatives WHERE id = ANY (record_ids) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM initiative_translation_backlog WHERE initiative_id = ANY (record_ids);
    INSERT INTO initiative_translation_backlog (initiative_id, lags_original, oldest_unready_at)
    SELECT id, lags_original, oldest_unready_at FROM (
        SELECT r.id,
            EXISTS (
                SELECT 1 FROM initiative_translation t
                JOIN initiative_translation o ON o.initiative_id = t.initiative_id AND o.language = r.original_language
                WHERE t.initiative_id = r.id AND t.language <> r.original_language AND o.text_updated_at > t.text_updated_at) AS lags_original,
            (SELECT min(t.text_updated_at) FROM initiative_translation t WHERE t.initiative_id = r.id AND t.state <> 'Ready') AS oldest_unready_at
        FROM initiatives r
        WHERE r.id = ANY (record_ids)) AS owed
    WHERE lags_original OR oldest_unready_at IS NOT NULL
    ON CONFLICT (initiative_id) DO UPDATE SET lags_original = EXCLUDED.lags_original, oldest_unready_at = EXCLUDED.oldest_unready_at;
$body$;
