-- Photos and source documents show on public pages too, so their tables raise the content version as well
-- (migration ContentVersionNotify; the triggers as in content_version.sql).
DROP TRIGGER IF EXISTS images_bumps_content_version ON images;
CREATE CONSTRAINT TRIGGER images_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON images
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS images_truncate_bumps_content_version ON images;
CREATE TRIGGER images_truncate_bumps_content_version AFTER TRUNCATE ON images
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS image_translation_bumps_content_version ON image_translation;
CREATE CONSTRAINT TRIGGER image_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON image_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS image_translation_truncate_bumps_content_version ON image_translation;
CREATE TRIGGER image_translation_truncate_bumps_content_version AFTER TRUNCATE ON image_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS source_documents_bumps_content_version ON source_documents;
CREATE CONSTRAINT TRIGGER source_documents_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON source_documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS source_documents_truncate_bumps_content_version ON source_documents;
CREATE TRIGGER source_documents_truncate_bumps_content_version AFTER TRUNCATE ON source_documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

DROP TRIGGER IF EXISTS source_document_translation_bumps_content_version ON source_document_translation;
CREATE CONSTRAINT TRIGGER source_document_translation_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON source_document_translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
DROP TRIGGER IF EXISTS source_document_translation_truncate_bumps_content_version ON source_document_translation;
CREATE TRIGGER source_document_translation_truncate_bumps_content_version AFTER TRUNCATE ON source_document_translation
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
