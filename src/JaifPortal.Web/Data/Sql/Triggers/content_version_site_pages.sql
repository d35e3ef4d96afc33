-- The About and Contact pages show on public pages, so their tables raise the content version too (migration
-- EditableSitePagesAndCountries; the triggers as in content_version.sql): an administrator's save shows at once.
DROP TRIGGER IF EXISTS site_pages_bumps_content_version ON site_pages;
CREATE CONSTRAINT TRIGGER site_pages_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON site_pages
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS site_pages_truncate_bumps_content_version ON site_pages;
CREATE TRIGGER site_pages_truncate_bumps_content_version AFTER TRUNCATE ON site_pages
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS site_page_translation_bumps_content_version ON site_page_translation;
CREATE CONSTRAINT TRIGGER site_page_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON site_page_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS site_page_translation_truncate_bumps_content_version ON site_page_translation;
CREATE TRIGGER site_page_translation_truncate_bumps_content_version AFTER TRUNCATE ON site_page_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
