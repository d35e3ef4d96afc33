using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// One number that grows with every committed change to the content (records, their texts and
    /// links, the plan's structure), kept by triggers. Pages that keep what they computed from the
    /// content (dashboards, searches) read it to know whether their copy still holds, in every instance
    /// of the portal alike. It is a row, not a sequence, so a reader never sees a new number before the
    /// change it stands for is committed. The triggers are constraint triggers, which PostgreSQL allows
    /// per row only: deferred to the commit, they raise the number once per transaction (the others
    /// return at once), so writers hold the row only while they commit; a bulk COPY queues one quick
    /// call per row. TRUNCATE fires no row trigger, so a statement trigger catches it.
    /// </summary>
    public partial class ContentVersion : Migration
    {
        /// <summary>The tables whose rows the content is made of, which Triggers/content_version.sql gives the triggers that Down drops.</summary>
        private static readonly string[] ContentTables =
        [
            "frameworks", "partnership_framework_translation", "pillars", "pillar_translation", "cooperation_areas", "cooperation_area_translation",
            "area_asean_community", "area_development_goal", "countries", "country_translation", "organisations", "organisation_translation",
            "people", "person_translation", "initiatives", "initiative_translation", "initiative_area", "initiative_country",
            "initiative_organisation", "key_figures", "key_figure_translation", "milestones", "milestone_translation",
            "external_links", "external_link_translation", "events", "event_translation", "event_area", "event_initiative",
            "event_organisation", "event_participant",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE content_version (
                    id integer PRIMARY KEY CHECK (id = 1),
                    value bigint NOT NULL);
                INSERT INTO content_version (id, value) VALUES (1, 1);
                """);
            migrationBuilder.SqlFile("Functions/bump_content_version.sql", sha256: "0ebb542026e1");
            migrationBuilder.SqlFile("Triggers/content_version.sql", sha256: "67a91b0a54b0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ContentTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_truncate_bumps_content_version ON {table}; DROP TRIGGER {table}_bumps_content_version ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION bump_content_version(); DROP TABLE content_version;");
        }
    }
}
