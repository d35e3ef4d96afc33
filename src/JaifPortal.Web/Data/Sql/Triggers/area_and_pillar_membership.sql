-- The triggers that keep area_ids and pillar_ids of initiatives and events (migration AreaAndPillarMembership, ADR 14):
-- deferred to the commit, so an editor's save (which checks xmin) never meets a row a trigger has just changed, and
-- named to fire before the content version's trigger of the same row (PostgreSQL fires them in name order).
DROP TRIGGER IF EXISTS initiative_area_aligns_membership ON initiative_area;
CREATE CONSTRAINT TRIGGER initiative_area_aligns_membership AFTER INSERT OR UPDATE OR DELETE ON initiative_area
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_area_changed();
DROP TRIGGER IF EXISTS initiative_area_truncate_clears_membership ON initiative_area;
CREATE TRIGGER initiative_area_truncate_clears_membership AFTER TRUNCATE ON initiative_area
    FOR EACH STATEMENT EXECUTE FUNCTION initiative_area_emptied();

DROP TRIGGER IF EXISTS event_area_aligns_membership ON event_area;
CREATE CONSTRAINT TRIGGER event_area_aligns_membership AFTER INSERT OR UPDATE OR DELETE ON event_area
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION event_area_changed();
DROP TRIGGER IF EXISTS event_area_truncate_clears_membership ON event_area;
CREATE TRIGGER event_area_truncate_clears_membership AFTER TRUNCATE ON event_area
    FOR EACH STATEMENT EXECUTE FUNCTION event_area_emptied();

DROP TRIGGER IF EXISTS cooperation_areas_moved_refreshes_membership ON cooperation_areas;
CREATE TRIGGER cooperation_areas_moved_refreshes_membership AFTER UPDATE OF pillar_id ON cooperation_areas
    FOR EACH ROW WHEN (OLD.pillar_id IS DISTINCT FROM NEW.pillar_id) EXECUTE FUNCTION cooperation_area_moved();
