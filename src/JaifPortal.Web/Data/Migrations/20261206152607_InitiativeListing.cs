using System.Collections.Generic;
using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// What the public lists filter, count and sort initiatives by, kept on each initiative's row like its areas
    /// and pillars (ADR 17): the countries it takes place in (its own and its milestones'), the organisations
    /// taking part and its place in the plan's order. With them a list reads one partial index in plan order,
    /// the country and organisation filters are GIN lookups, and facets count the rows a filter leaves without
    /// joining links. The refresh follows refresh_initiative_membership: deferred constraint triggers, rows
    /// locked in id order before the links are read, trigger names that sort before the content version's.
    /// </summary>
    public partial class InitiativeListing : Migration
    {
        /// <summary>The tables whose rows name an initiative by initiative_id, whose triggers Down drops.</summary>
        private static readonly string[] Links = ["initiative_country", "initiative_organisation", "initiative_area", "milestones"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "country_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "organisation_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "plan_order",
                table: "initiatives",
                type: "integer",
                nullable: true);

            migrationBuilder.SqlFile("Functions/refresh_initiative_listing.sql", sha256: "aa191729339c");
            migrationBuilder.SqlFile("Functions/initiative_link_changed_listing.sql", sha256: "10272bc44772");
            migrationBuilder.SqlFile("Functions/initiative_links_emptied_listing.sql", sha256: "d5961e055a7f");
            migrationBuilder.SqlFile("Functions/cooperation_area_reordered.sql", sha256: "33bff48280f2");
            migrationBuilder.SqlFile("Functions/pillar_renumbered.sql", sha256: "60a80de6eccf");
            migrationBuilder.SqlFile("Triggers/initiative_listing.sql", sha256: "3d5b903a9ee5");

            migrationBuilder.Sql("""
                CREATE INDEX ix_initiatives_listing ON initiatives (plan_order, slug)
                    INCLUDE (id, status, start_date, pillar_ids, area_ids, country_ids, organisation_ids) WHERE publication = 'Published';
                CREATE INDEX ix_initiatives_published_countries ON initiatives USING gin (country_ids) WHERE publication = 'Published';
                CREATE INDEX ix_initiatives_published_organisations ON initiatives USING gin (organisation_ids) WHERE publication = 'Published';
                -- The dashboards count drafts and records in review too, so the areas' and pillars' indexes cover every row.
                CREATE INDEX ix_initiatives_areas ON initiatives USING gin (area_ids);
                CREATE INDEX ix_initiatives_pillars ON initiatives USING gin (pillar_ids);
                CREATE INDEX ix_events_areas ON events USING gin (area_ids);
                CREATE INDEX ix_events_pillars ON events USING gin (pillar_ids);
                """);
            // The fill (SELECT refresh_initiative_listing of every initiative) moved to CountryReach, the latest
            // migration that changes the function (ADR 19).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_events_pillars;
                DROP INDEX ix_events_areas;
                DROP INDEX ix_initiatives_pillars;
                DROP INDEX ix_initiatives_areas;
                DROP INDEX ix_initiatives_published_organisations;
                DROP INDEX ix_initiatives_published_countries;
                DROP INDEX ix_initiatives_listing;
                """);
            foreach (var table in Links)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_truncate_refreshes_listing ON {table}; DROP TRIGGER {table}_aligns_listing ON {table};");
            }

            migrationBuilder.Sql("""
                DROP TRIGGER pillars_renumbered_refreshes_listing ON pillars;
                DROP FUNCTION pillar_renumbered();
                DROP TRIGGER cooperation_areas_reordered_refreshes_listing ON cooperation_areas;
                DROP FUNCTION cooperation_area_reordered();
                DROP FUNCTION initiative_links_emptied_listing();
                DROP FUNCTION initiative_link_changed_listing();
                DROP FUNCTION refresh_initiative_listing(integer[]);
                """);

            migrationBuilder.DropColumn(
                name: "country_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "organisation_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "plan_order",
                table: "initiatives");
        }
    }
}
