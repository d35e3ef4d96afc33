-- Recomputes what the public lists filter, count and sort initiatives by (ADR 17) from the links: the countries
-- the initiative and its milestones name, its organisations and its place in the plan's order (pillar number, then area).
CREATE OR REPLACE FUNCTION refresh_initiative_listing(changed integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM 1 FROM initiatives WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
    UPDATE initiatives record
    SET country_ids = kept.country_ids, organisation_ids = kept.organisation_ids, plan_order = kept.plan_order
    FROM (
        SELECT listed.id,
            ARRAY(SELECT link.country_id FROM initiative_country link WHERE link.initiative_id = listed.id
                UNION SELECT milestone.country_id FROM milestones milestone
                    WHERE milestone.initiative_id = listed.id AND milestone.country_id IS NOT NULL
                ORDER BY 1) AS country_ids,
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
