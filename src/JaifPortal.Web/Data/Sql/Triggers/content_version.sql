-- Every committed change to the content raises the content version (migration ContentVersion, ADR 13): a deferred
-- constraint trigger per row (PostgreSQL has no deferred statement trigger; the function acts once per transaction)
-- and a statement trigger for TRUNCATE, which fires no row trigger. A content table that a later migration creates
-- gets these two triggers in a file of its own, applied by that migration (docs/developers.md).
DROP TRIGGER IF EXISTS frameworks_bumps_content_version ON frameworks;
CREATE CONSTRAINT TRIGGER frameworks_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON frameworks
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS frameworks_truncate_bumps_content_version ON frameworks;
CREATE TRIGGER frameworks_truncate_bumps_content_version AFTER TRUNCATE ON frameworks
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS partnership_framework_translation_bumps_content_version ON partnership_framework_translation;
CREATE CONSTRAINT TRIGGER partnership_framework_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON partnership_framework_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS partnership_framework_translation_truncate_bumps_content_version ON partnership_framework_translation;
CREATE TRIGGER partnership_framework_translation_truncate_bumps_content_version AFTER TRUNCATE ON partnership_framework_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS pillars_bumps_content_version ON pillars;
CREATE CONSTRAINT TRIGGER pillars_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON pillars
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS pillars_truncate_bumps_content_version ON pillars;
CREATE TRIGGER pillars_truncate_bumps_content_version AFTER TRUNCATE ON pillars
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS pillar_translation_bumps_content_version ON pillar_translation;
CREATE CONSTRAINT TRIGGER pillar_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON pillar_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS pillar_translation_truncate_bumps_content_version ON pillar_translation;
CREATE TRIGGER pillar_translation_truncate_bumps_content_version AFTER TRUNCATE ON pillar_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS cooperation_areas_bumps_content_version ON cooperation_areas;
CREATE CONSTRAINT TRIGGER cooperation_areas_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON cooperation_areas
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS cooperation_areas_truncate_bumps_content_version ON cooperation_areas;
CREATE TRIGGER cooperation_areas_truncate_bumps_content_version AFTER TRUNCATE ON cooperation_areas
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS cooperation_area_translation_bumps_content_version ON cooperation_area_translation;
CREATE CONSTRAINT TRIGGER cooperation_area_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON cooperation_area_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS cooperation_area_translation_truncate_bumps_content_version ON cooperation_area_translation;
CREATE TRIGGER cooperation_area_translation_truncate_bumps_content_version AFTER TRUNCATE ON cooperation_area_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS area_asean_community_bumps_content_version ON area_asean_community;
CREATE CONSTRAINT TRIGGER area_asean_community_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON area_asean_community
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS area_asean_community_truncate_bumps_content_version ON area_asean_community;
CREATE TRIGGER area_asean_community_truncate_bumps_content_version AFTER TRUNCATE ON area_asean_community
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS area_development_goal_bumps_content_version ON area_development_goal;
CREATE CONSTRAINT TRIGGER area_development_goal_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON area_development_goal
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS area_development_goal_truncate_bumps_content_version ON area_development_goal;
CREATE TRIGGER area_development_goal_truncate_bumps_content_version AFTER TRUNCATE ON area_development_goal
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS countries_bumps_content_version ON countries;
CREATE CONSTRAINT TRIGGER countries_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON countries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS countries_truncate_bumps_content_version ON countries;
CREATE TRIGGER countries_truncate_bumps_content_version AFTER TRUNCATE ON countries
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS country_translation_bumps_content_version ON country_translation;
CREATE CONSTRAINT TRIGGER country_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON country_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS country_translation_truncate_bumps_content_version ON country_translation;
CREATE TRIGGER country_translation_truncate_bumps_content_version AFTER TRUNCATE ON country_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS organisations_bumps_content_version ON organisations;
CREATE CONSTRAINT TRIGGER organisations_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON organisations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS organisations_truncate_bumps_content_version ON organisations;
CREATE TRIGGER organisations_truncate_bumps_content_version AFTER TRUNCATE ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS organisation_translation_bumps_content_version ON organisation_translation;
CREATE CONSTRAINT TRIGGER organisation_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON organisation_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS organisation_translation_truncate_bumps_content_version ON organisation_translation;
CREATE TRIGGER organisation_translation_truncate_bumps_content_version AFTER TRUNCATE ON organisation_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS people_bumps_content_version ON people;
CREATE CONSTRAINT TRIGGER people_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON people
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS people_truncate_bumps_content_version ON people;
CREATE TRIGGER people_truncate_bumps_content_version AFTER TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS person_translation_bumps_content_version ON person_translation;
CREATE CONSTRAINT TRIGGER person_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON person_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS person_translation_truncate_bumps_content_version ON person_translation;
CREATE TRIGGER person_translation_truncate_bumps_content_version AFTER TRUNCATE ON person_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS initiatives_bumps_content_version ON initiatives;
CREATE CONSTRAINT TRIGGER initiatives_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON initiatives
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS initiatives_truncate_bumps_content_version ON initiatives;
CREATE TRIGGER initiatives_truncate_bumps_content_version AFTER TRUNCATE ON initiatives
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS initiative_translation_bumps_content_version ON initiative_translation;
CREATE CONSTRAINT TRIGGER initiative_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON initiative_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS initiative_translation_truncate_bumps_content_version ON initiative_translation;
CREATE TRIGGER initiative_translation_truncate_bumps_content_version AFTER TRUNCATE ON initiative_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS initiative_area_bumps_content_version ON initiative_area;
CREATE CONSTRAINT TRIGGER initiative_area_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON initiative_area
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS initiative_area_truncate_bumps_content_version ON initiative_area;
CREATE TRIGGER initiative_area_truncate_bumps_content_version AFTER TRUNCATE ON initiative_area
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS initiative_country_bumps_content_version ON initiative_country;
CREATE CONSTRAINT TRIGGER initiative_country_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON initiative_country
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS initiative_country_truncate_bumps_content_version ON initiative_country;
CREATE TRIGGER initiative_country_truncate_bumps_content_version AFTER TRUNCATE ON initiative_country
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS initiative_organisation_bumps_content_version ON initiative_organisation;
CREATE CONSTRAINT TRIGGER initiative_organisation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON initiative_organisation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS initiative_organisation_truncate_bumps_content_version ON initiative_organisation;
CREATE TRIGGER initiative_organisation_truncate_bumps_content_version AFTER TRUNCATE ON initiative_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS key_figures_bumps_content_version ON key_figures;
CREATE CONSTRAINT TRIGGER key_figures_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON key_figures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS key_figures_truncate_bumps_content_version ON key_figures;
CREATE TRIGGER key_figures_truncate_bumps_content_version AFTER TRUNCATE ON key_figures
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS key_figure_translation_bumps_content_version ON key_figure_translation;
CREATE CONSTRAINT TRIGGER key_figure_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON key_figure_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS key_figure_translation_truncate_bumps_content_version ON key_figure_translation;
CREATE TRIGGER key_figure_translation_truncate_bumps_content_version AFTER TRUNCATE ON key_figure_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS milestones_bumps_content_version ON milestones;
CREATE CONSTRAINT TRIGGER milestones_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON milestones
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS milestones_truncate_bumps_content_version ON milestones;
CREATE TRIGGER milestones_truncate_bumps_content_version AFTER TRUNCATE ON milestones
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS milestone_translation_bumps_content_version ON milestone_translation;
CREATE CONSTRAINT TRIGGER milestone_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON milestone_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS milestone_translation_truncate_bumps_content_version ON milestone_translation;
CREATE TRIGGER milestone_translation_truncate_bumps_content_version AFTER TRUNCATE ON milestone_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS external_links_bumps_content_version ON external_links;
CREATE CONSTRAINT TRIGGER external_links_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON external_links
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS external_links_truncate_bumps_content_version ON external_links;
CREATE TRIGGER external_links_truncate_bumps_content_version AFTER TRUNCATE ON external_links
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS external_link_translation_bumps_content_version ON external_link_translation;
CREATE CONSTRAINT TRIGGER external_link_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON external_link_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS external_link_translation_truncate_bumps_content_version ON external_link_translation;
CREATE TRIGGER external_link_translation_truncate_bumps_content_version AFTER TRUNCATE ON external_link_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS events_bumps_content_version ON events;
CREATE CONSTRAINT TRIGGER events_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS events_truncate_bumps_content_version ON events;
CREATE TRIGGER events_truncate_bumps_content_version AFTER TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS event_translation_bumps_content_version ON event_translation;
CREATE CONSTRAINT TRIGGER event_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON event_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS event_translation_truncate_bumps_content_version ON event_translation;
CREATE TRIGGER event_translation_truncate_bumps_content_version AFTER TRUNCATE ON event_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS event_area_bumps_content_version ON event_area;
CREATE CONSTRAINT TRIGGER event_area_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON event_area
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS event_area_truncate_bumps_content_version ON event_area;
CREATE TRIGGER event_area_truncate_bumps_content_version AFTER TRUNCATE ON event_area
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS event_initiative_bumps_content_version ON event_initiative;
CREATE CONSTRAINT TRIGGER event_initiative_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON event_initiative
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS event_initiative_truncate_bumps_content_version ON event_initiative;
CREATE TRIGGER event_initiative_truncate_bumps_content_version AFTER TRUNCATE ON event_initiative
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS event_organisation_bumps_content_version ON event_organisation;
CREATE CONSTRAINT TRIGGER event_organisation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON event_organisation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS event_organisation_truncate_bumps_content_version ON event_organisation;
CREATE TRIGGER event_organisation_truncate_bumps_content_version AFTER TRUNCATE ON event_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS event_participant_bumps_content_version ON event_participant;
CREATE CONSTRAINT TRIGGER event_participant_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON event_participant
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS event_participant_truncate_bumps_content_version ON event_participant;
CREATE TRIGGER event_participant_truncate_bumps_content_version AFTER TRUNCATE ON event_participant
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
