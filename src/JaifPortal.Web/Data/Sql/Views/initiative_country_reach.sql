-- The one rule for "an initiative in a country" (ADR 26): every reason an initiative takes place in a country, one row
-- each. It names the country, a milestone takes place there, a photo caption places it there, or it covers all of
-- ASEAN and the country is a Member State now (the countries' membership is reference data editors keep). The
-- listing triggers keep the distinct countries on initiatives.country_ids, which the counts and filters read.
CREATE OR REPLACE VIEW initiative_country_reach (initiative_id, country_id, reach) AS
    SELECT link.initiative_id, link.country_id, 'Named'::varchar(40) FROM initiative_country link
    UNION ALL
    SELECT milestone.initiative_id, milestone.country_id, 'Milestone'
    FROM milestones milestone WHERE milestone.country_id IS NOT NULL
    UNION ALL
    SELECT image.initiative_id, image.country_id, 'Caption'
    FROM images image WHERE image.initiative_id IS NOT NULL AND image.country_id IS NOT NULL AND image.removed_at IS NULL
    UNION ALL
    SELECT initiative.id, country.id, 'Regional'
    FROM initiatives initiative CROSS JOIN countries country
    WHERE initiative.covers_all_asean AND country."group" = 'AseanMemberState';
