-- The triggers that keep initiatives.country_ids true to the view initiative_country_reach (ADR 26) beside those of
-- initiative_listing.sql: photo captions that place an initiative in a country, an initiative's coverage of all of
-- ASEAN, and the countries' membership. Deferred ones are named to sort before the content version's; the coverage
-- ones are ordinary row triggers, so country_ids follows the coverage within the statement that changes it.
DROP TRIGGER IF EXISTS images_aligns_listing ON images;
CREATE CONSTRAINT TRIGGER images_aligns_listing AFTER INSERT OR DELETE OR UPDATE OF country_id, initiative_id, removed_at ON images
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_link_changed_listing();
DROP TRIGGER IF EXISTS images_truncate_refreshes_listing ON images;
CREATE TRIGGER images_truncate_refreshes_listing AFTER TRUNCATE ON images
    FOR EACH STATEMENT EXECUTE FUNCTION initiative_links_emptied_listing();

DROP TRIGGER IF EXISTS initiatives_aligns_listing_when_covering_asean ON initiatives;
CREATE TRIGGER initiatives_aligns_listing_when_covering_asean AFTER INSERT ON initiatives
    FOR EACH ROW WHEN (NEW.covers_all_asean)
    EXECUTE FUNCTION initiative_coverage_changed_listing();
DROP TRIGGER IF EXISTS initiatives_aligns_listing_on_coverage ON initiatives;
CREATE TRIGGER initiatives_aligns_listing_on_coverage AFTER UPDATE OF covers_all_asean ON initiatives
    FOR EACH ROW WHEN (OLD.covers_all_asean IS DISTINCT FROM NEW.covers_all_asean)
    EXECUTE FUNCTION initiative_coverage_changed_listing();

DROP TRIGGER IF EXISTS countries_membership_refreshes_listing ON countries;
CREATE TRIGGER countries_membership_refreshes_listing AFTER INSERT OR DELETE OR UPDATE OF "group" ON countries
    FOR EACH STATEMENT EXECUTE FUNCTION asean_membership_changed_listing();
