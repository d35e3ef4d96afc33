using System.Collections.Generic;
using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// The areas and the pillars of each initiative and event, on the record's own row. Every query of a
    /// pillar dashboard starts from "the pillar's initiatives" or "the pillar's events", and the area and
    /// pillar facets count records by their areas; joining the links (and the areas, for the pillars)
    /// for that cost each query 5–10 ms at 10,000 initiatives (docs/benchmarks.md, ADR 14). Triggers keep
    /// the columns: deferred to the commit, so the portal's own save of a record (which checks xmin)
    /// never meets a row a trigger has just changed, and re-reading the links after locking the record,
    /// so the result is right however many of them a transaction changed and whoever else changed them at
    /// the same time. The trigger is named to fire before the content version's on the same row
    /// (PostgreSQL fires them in name order), so a commit waiting for a record's lock does not hold the
    /// content version meanwhile, which the transaction holding the record needs to commit. Moving an
    /// area to another pillar refreshes its records.
    /// </summary>
    public partial class AreaAndPillarMembership : Migration
    {
        /// <summary>The tables linking records to areas and the name of the records' key there, whose triggers and functions Down drops.</summary>
        private static readonly (string Links, string Key)[] Memberships = [("initiative_area", "initiative"), ("event_area", "event")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "area_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "pillar_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "area_ids",
                table: "events",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "pillar_ids",
                table: "events",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.SqlFile("Functions/refresh_initiative_membership.sql", sha256: "823cd05533cd");
            migrationBuilder.SqlFile("Functions/initiative_area_changed.sql", sha256: "321bc2b3f369");
            migrationBuilder.SqlFile("Functions/initiative_area_emptied.sql", sha256: "0417cba6b45f");
            migrationBuilder.SqlFile("Functions/refresh_event_membership.sql", sha256: "cb57475fb1ce");
            migrationBuilder.SqlFile("Functions/event_area_changed.sql", sha256: "4b7fe878e14a");
            migrationBuilder.SqlFile("Functions/event_area_emptied.sql", sha256: "4abb801fa2ab");
            migrationBuilder.SqlFile("Functions/cooperation_area_moved.sql", sha256: "939c7a73c9d9");
            migrationBuilder.SqlFile("Triggers/area_and_pillar_membership.sql", sha256: "92423a6e3ce2");
            migrationBuilder.Sql("""
                SELECT refresh_initiative_membership(ARRAY(SELECT id FROM initiatives));
                SELECT refresh_event_membership(ARRAY(SELECT id FROM events));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER cooperation_areas_moved_refreshes_membership ON cooperation_areas;
                DROP FUNCTION cooperation_area_moved();
                """);
            foreach (var (links, key) in Memberships)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {links}_truncate_clears_membership ON {links};
                    DROP FUNCTION {links}_emptied();
                    DROP TRIGGER {links}_aligns_membership ON {links};
                    DROP FUNCTION {links}_changed();
                    DROP FUNCTION refresh_{key}_membership(integer[]);
                    """);
            }

            migrationBuilder.DropColumn(
                name: "area_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "pillar_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "area_ids",
                table: "events");

            migrationBuilder.DropColumn(
                name: "pillar_ids",
                table: "events");
        }
    }
}
