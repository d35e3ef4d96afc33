-- Recomputes area_ids and pillar_ids of the given initiatives from their links to areas (ADR 14).
CREATE OR REPLACE FUNCTION refresh_initiative_membership(changed integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    -- Lock the records first (in id order, so two refreshes never wait on each other in a
    -- circle), then read the links in a statement of its own: it sees what a concurrent
    -- transaction committed while this one waited, so neither overwrites the other's areas.
    PERFORM 1 FROM initiatives WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
    UPDATE initiatives record SET area_ids = kept.area_ids, pillar_ids = kept.pillar_ids
    FROM (
        SELECT linked.id,
            coalesce(array_agg(link.cooperation_area_id ORDER BY link.cooperation_area_id)
                FILTER (WHERE link.cooperation_area_id IS NOT NULL), '{}') AS area_ids,
            coalesce(array_agg(DISTINCT area.pillar_id ORDER BY area.pillar_id)
                FILTER (WHERE area.pillar_id IS NOT NULL), '{}') AS pillar_ids
        FROM initiatives linked
        LEFT JOIN initiative_area link ON link.initiative_id = linked.id
        LEFT JOIN cooperation_areas area ON area.id = link.cooperation_area_id
        WHERE linked.id = ANY (changed)
        GROUP BY linked.id) kept
    WHERE record.id = kept.id
        AND (record.area_ids, record.pillar_ids) IS DISTINCT FROM (kept.area_ids, kept.pillar_ids);
END
$body$;
