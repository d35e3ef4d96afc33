-- The triggers that keep country_ids, organisation_ids and plan_order of initiatives (migration InitiativeListing,
-- ADR 17), as area_and_pillar_membership.sql keeps the areas: deferred constraint triggers on the links and the
-- milestones, named to sort before the content version's, and row triggers on reordering areas and renumbering pillars.
DROP TRIGGER IF EXISTS cooperation_areas_reordered_refreshes_listing ON cooperation_areas;
CREATE TRIGGER cooperation_areas_reordered_refreshes_listing AFTER UPDATE OF pillar_id, sort_order ON cooperation_areas
    FOR EACH ROW WHEN (OLD.pillar_id IS DISTINCT FROM NEW.pillar_id OR OLD.sort_order IS DISTINCT FROM NEW.sort_order)
    EXECUTE FUNCTION cooperation_area_reordered();

DROP TRIGGER IF EXISTS pillars_renumbered_refreshes_listing ON pillars;
CREATE TRIGGER pillars_renumbered_refreshes_listing AFTER UPDATE OF number ON pillars
    FOR EACH ROW WHEN (OLD.number IS DISTINCT FROM NEW.number) EXECUTE FUNCTION pillar_renumbered();

DROP TRIGGER IF EXISTS initiative_country_aligns_listing ON initiative_country;
CREATE CONSTRAINT TRIGGER initiative_country_aligns_listing AFTER INSERT OR UPDATE OR DELETE ON initiative_country
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_link_changed_listing();
DROP TRIGGER IF EXISTS initiative_country_truncate_refreshes_listing ON initiative_country;
CREATE TRIGGER initiative_country_truncate_refreshes_listing AFTER TRUNCATE ON initiative_country
    FOR EACH STATEMENT EXECUTE FUNCTION initiative_links_emptied_listing();

DROP TRIGGER IF EXISTS initiative_organisation_aligns_listing ON initiative_organisation;
CREATE CONSTRAINT TRIGGER initiative_organisation_aligns_listing AFTER INSERT OR UPDATE OR DELETE ON initiative_organisation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_link_changed_listing();
DROP TRIGGER IF EXISTS initiative_organisation_truncate_refreshes_listing ON initiative_organisation;
CREATE TRIGGER initiative_organisation_truncate_refreshes_listing AFTER TRUNCATE ON initiative_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION initiative_links_emptied_listing();

DROP TRIGGER IF EXISTS initiative_area_aligns_listing ON initiative_area;
CREATE CONSTRAINT TRIGGER initiative_area_aligns_listing AFTER INSERT OR UPDATE OR DELETE ON initiative_area
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_link_changed_listing();
DROP TRIGGER IF EXISTS initiative_area_truncate_refreshes_listing ON initiative_area;
CREATE TRIGGER initiative_area_truncate_refreshes_listing AFTER TRUNCATE ON initiative_area
    FOR EACH STATEMENT EXECUTE FUNCTION initiative_links_emptied_listing();

DROP TRIGGER IF EXISTS milestones_aligns_listing ON milestones;
CREATE CONSTRAINT TRIGGER milestones_aligns_listing AFTER INSERT OR DELETE OR UPDATE OF country_id, initiative_id ON milestones
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_link_changed_listing();
DROP TRIGGER IF EXISTS milestones_truncate_refreshes_listing ON milestones;
CREATE TRIGGER milestones_truncate_refreshes_listing AFTER TRUNCATE ON milestones
    FOR EACH STATEMENT EXECUTE FUNCTION initiative_links_emptied_listing();
