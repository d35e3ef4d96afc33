using JaifPortal.Web.Data.Sql;
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
        /// <summary>The tables Triggers/content_version_images_and_sources.sql gives the triggers that Down drops.</summary>
        private static readonly string[] NewContentTables = ["images", "image_translation", "source_documents", "source_document_translation"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.SqlFile("Functions/bump_content_version.sql", sha256: "f3ae7703fea6");
            migrationBuilder.SqlFile("Triggers/content_version_images_and_sources.sql", sha256: "26c0590890a0");
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
