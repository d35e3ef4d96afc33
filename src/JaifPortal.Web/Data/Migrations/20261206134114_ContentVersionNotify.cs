using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// The content version is announced on the channel content_version (NOTIFY, delivered at commit), so
    /// every instance hears of a change without asking on each request: their output caches key public
    /// pages by the number (ContentVersionWatch). Photos and source documents show on public pages too, so
    /// their tables now raise the number as well.
    /// </summary>
    public partial class ContentVersionNotify : Migration
    {
        private static readonly string[] NewContentTables = ["images", "image_translation", "source_documents", "source_document_translation"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $body$
                DECLARE
                    raised bigint;
                BEGIN
                    IF current_setting('jaifportal.content_version_bumped', true) IS DISTINCT FROM 'yes' THEN
                        UPDATE content_version SET value = value + 1 WHERE id = 1 RETURNING value INTO raised;
                        PERFORM set_config('jaifportal.content_version_bumped', 'yes', true);
                        PERFORM pg_notify('content_version', raised::text);
                    END IF;
                    RETURN NULL;
                END
                $body$;
                """);
            foreach (var table in NewContentTables)
            {
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER {table}_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON {table}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
                    CREATE TRIGGER {table}_truncate_bumps_content_version AFTER TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in NewContentTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_truncate_bumps_content_version ON {table}; DROP TRIGGER {table}_bumps_content_version ON {table};");
            }

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    IF current_setting('jaifportal.content_version_bumped', true) IS DISTINCT FROM 'yes' THEN
                        UPDATE content_version SET value = value + 1 WHERE id = 1;
                        PERFORM set_config('jaifportal.content_version_bumped', 'yes', true);
                    END IF;
                    RETURN NULL;
                END
                $body$;
                """);
        }
    }
}
