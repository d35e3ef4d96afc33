using System;
using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// One rule for "an initiative in a country" (ADR 26): the view initiative_country_reach, with what it needs (an
    /// initiative's coverage of all of ASEAN, a photo caption's country) and the countries as reference data (the
    /// date of ASEAN membership and where that fact comes from), plus where an organisation's facts beyond its cited
    /// source come from. The listing's country_ids now hold the view's countries; the fill moved here from
    /// InitiativeListing, since this migration changes the function it runs (ADR 19).
    /// </summary>
    public partial class CountryReach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fact_sources",
                table: "organisation_translation",
                type: "character varying(40000)",
                maxLength: 40000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "covers_all_asean",
                table: "initiatives",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "country_id",
                table: "images",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "membership_source",
                table: "country_translation",
                type: "character varying(40000)",
                maxLength: 40000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "asean_member_since",
                table: "countries",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_images_country_id",
                table: "images",
                column: "country_id");

            migrationBuilder.AddForeignKey(
                name: "fk_images_countries_country_id",
                table: "images",
                column: "country_id",
                principalTable: "countries",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.SqlFile("Views/initiative_country_reach.sql", sha256: "594fa408c779");
            migrationBuilder.SqlFile("Functions/refresh_initiative_listing.sql", sha256: "690a223f929a");
            migrationBuilder.SqlFile("Functions/initiative_coverage_changed_listing.sql", sha256: "646612715e76");
            migrationBuilder.SqlFile("Functions/asean_membership_changed_listing.sql", sha256: "fef92524a7c6");
            migrationBuilder.SqlFile("Triggers/initiative_country_reach.sql", sha256: "dec989c45b51");
            migrationBuilder.Sql("SELECT refresh_initiative_listing(ARRAY(SELECT id FROM initiatives));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER countries_membership_refreshes_listing ON countries;
                DROP TRIGGER initiatives_aligns_listing_on_coverage ON initiatives;
                DROP TRIGGER initiatives_aligns_listing_when_covering_asean ON initiatives;
                DROP TRIGGER images_truncate_refreshes_listing ON images;
                DROP TRIGGER images_aligns_listing ON images;
                DROP FUNCTION asean_membership_changed_listing();
                DROP FUNCTION initiative_coverage_changed_listing();
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION refresh_initiative_listing(changed integer[]) RETURNS void LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM 1 FROM initiatives WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
                    UPDATE initiatives record
                    SET country_ids = kept.country_ids, organisation_ids = kept.organisation_ids, plan_order = kept.plan_order
                    FROM (
                        SELECT listed.id,
                            ARRAY(SELECT link.country_id FROM initiative_country link WHERE link.initiative_id = listed.id
                                UNION SELECT milestone.country_id FROM milestones milestone
                                    WHERE milestone.initiative_id = listed.id AND milestone.country_id IS NOT NULL
                                ORDER BY 1) AS country_ids,
                            ARRAY(SELECT DISTINCT link.organisation_id FROM initiative_organisation link
                                WHERE link.initiative_id = listed.id ORDER BY 1) AS organisation_ids,
                            (SELECT min(pillar.number * 100 + area.sort_order) FROM initiative_area link
                                JOIN cooperation_areas area ON area.id = link.cooperation_area_id
                                JOIN pillars pillar ON pillar.id = area.pillar_id
                                WHERE link.initiative_id = listed.id) AS plan_order
                        FROM initiatives listed
                        WHERE listed.id = ANY (changed)) kept
                    WHERE record.id = kept.id
                        AND (record.country_ids, record.organisation_ids, record.plan_order)
                            IS DISTINCT FROM (kept.country_ids, kept.organisation_ids, kept.plan_order);
                END
                $body$;
                """);
            migrationBuilder.Sql("DROP VIEW initiative_country_reach;");

            migrationBuilder.DropForeignKey(
                name: "fk_images_countries_country_id",
                table: "images");

            migrationBuilder.DropIndex(
                name: "ix_images_country_id",
                table: "images");

            migrationBuilder.DropColumn(
                name: "fact_sources",
                table: "organisation_translation");

            migrationBuilder.DropColumn(
                name: "covers_all_asean",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "country_id",
                table: "images");

            migrationBuilder.DropColumn(
                name: "membership_source",
                table: "country_translation");

            migrationBuilder.DropColumn(
                name: "asean_member_since",
                table: "countries");

            // Last: the fill queues deferred trigger events, after which PostgreSQL refuses to alter the tables.
            migrationBuilder.Sql("SELECT refresh_initiative_listing(ARRAY(SELECT id FROM initiatives));");
        }
    }
}
