-- Recomputes what the public lists filter, count and sort initiatives by (ADR 17) from the links: the countries
-- it takes place in (the view initiative_country_reach, ADR 26), its organisations and its place in the plan's
-- order (pillar number, then area).
CREATE OR REPLACE FUNCTION refresh_initiative_listing(changed integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM 1 FROM initiatives WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
    UPDATE initiatives record
    SET country_ids = kept.country_ids, organisation_ids = kept.organisation_ids, plan_order = kept.plan_order
    FROM (
        SELECT listed.id,
            ARRAY(SELECT DISTINCT reach.country_id FROM initiative_country_reach reach
                WHERE reach.initiative_id = listed.id ORDER BY 1) AS country_ids,
            ARRAY(SELECT DISTINCT link.organisation_id FROM initiative_organisation link
                WHERE link.initiative_id = listed.id ORDER BY 1) AS organisation_ids,
            (SELECT min(pillar.number * 100 + area.sort_order) FROM initiative_area link
                JOIN cooperation_areas area ON area.id = link.cooperation_area_id
                JOIN pillars pillar ON pillar.id = area.pillar_id
                WHERE link.initiative_id = listed.id) AS plan_order
        FROM initiatives listed
        WHERE listed.id = ANY (changed)) kept
    WHERE record.id = kept.id
        AND (record.country_ids, record.organisation_ids, record.plan_order)
            IS DISTINCT FROM (kept.country_ids, kept.organisation_ids, kept.plan_order);
END
$body$;
